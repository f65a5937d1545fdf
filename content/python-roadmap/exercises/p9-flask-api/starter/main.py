from typing import Any

from flask import Flask, Response, jsonify, request

app = Flask(__name__)

TASKS: dict[int, dict[str, Any]] = {}


@app.route("/api/tasks")
def list_tasks() -> tuple[Response, int]:
    return jsonify([]), 200


# Add: POST /api/tasks, GET /api/tasks/<int:task_id>, DELETE /api/tasks/<int:task_id>


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
