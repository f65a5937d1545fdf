import secrets
from typing import Any

from flask import Flask, Response, jsonify, request, session

app = Flask(__name__)
app.secret_key = secrets.token_hex(32)


@app.route("/")
def home() -> str:
    return "Welcome to the club"


@app.route("/login", methods=["POST"])
def login() -> tuple[Response, int]:
    body: Any = request.get_json(silent=True)
    name = body.get("name") if isinstance(body, dict) else None
    if not isinstance(name, str) or not name:
        return jsonify({"error": "name must be a non-empty string"}), 400
    session["user"] = name
    return jsonify({"user": name}), 200


@app.route("/me")
def me() -> tuple[Response, int]:
    return jsonify({"user": session.get("user")}), 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
