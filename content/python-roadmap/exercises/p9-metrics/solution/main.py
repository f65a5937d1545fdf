import json
import logging

from flask import Flask, Response, request

app = Flask(__name__)
logger = logging.getLogger("requests")

ITEMS: dict[int, str] = {1: "pen", 2: "cup", 3: "lamp"}
COUNTS: dict[tuple[str, int], int] = {}


@app.route("/")
def home() -> str:
    return "Welcome to the shop"


@app.route("/items/<int:item_id>")
def show_item(item_id: int) -> tuple[str, int]:
    if item_id not in ITEMS:
        return "no such item", 404
    return ITEMS[item_id], 200


@app.route("/metrics")
def metrics() -> Response:
    lines = ["# TYPE http_requests_total counter"]
    for path, status in sorted(COUNTS):
        count = COUNTS[(path, status)]
        lines.append(f'http_requests_total{{path="{path}",status="{status}"}} {count}')
    return Response("\n".join(lines) + "\n", mimetype="text/plain")


@app.after_request
def count_request(response: Response) -> Response:
    key = (request.path, response.status_code)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    logger.info(json.dumps({"method": request.method, "path": request.path,
                            "status": response.status_code}))
    return response


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app.run()
