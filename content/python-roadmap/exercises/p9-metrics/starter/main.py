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
    # Write one line per (path, status) in COUNTS, sorted, after the # TYPE line.
    lines = ["# TYPE http_requests_total counter"]
    return Response("\n".join(lines) + "\n", mimetype="text/plain")


# Add an after_request function here: it counts the request in COUNTS
# and logs one JSON line with logger.info(...).


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app.run()
