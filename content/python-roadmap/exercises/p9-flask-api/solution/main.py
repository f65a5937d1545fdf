from typing import Any

from flask import Flask, Response, jsonify, request

app = Flask(__name__)

TASKS: dict[int, dict[str, Any]] = {}


@app.route("/api/tasks", methods=["GET"])
def list_tasks() -> tuple[Response, int]:
    return jsonify([TASKS[task_id] for task_id in sorted(TASKS)]), 200


@app.route("/api/tasks", methods=["POST"])
def create_task() -> tuple[Response, int]:
    body: Any = request.get_json(silent=True)
    if body is None:
        return jsonify({"error": "body must be JSON"}), 400
    title = body.get("title") if isinstance(body, dict) else None
    if not isinstance(title, str) or not title.strip():
        return jsonify({"error": "title must be a non-empty string"}), 400
    task_id = max(TASKS, default=0) + 1
    task: dict[str, Any] = {"id": task_id, "title": title.strip(), "done": False}
    TASKS[task_id] = task
    return jsonify(task), 201


@app.route("/api/tasks/<int:task_id>", methods=["GET"])
def show_task(task_id: int) -> tuple[Response, int]:
    if task_id not in TASKS:
        return jsonify({"error": "no such task"}), 404
    return jsonify(TASKS[task_id]), 200


@app.route("/api/tasks/<int:task_id>", methods=["DELETE"])
def delete_task(task_id: int) -> tuple[Response | str, int]:
    if task_id not in TASKS:
        return jsonify({"error": "no such task"}), 404
    del TASKS[task_id]
    return "", 204


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
