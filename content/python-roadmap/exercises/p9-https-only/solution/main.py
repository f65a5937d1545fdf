import secrets
from typing import Any

from flask import Flask, Response, jsonify, redirect, request, session
from flask.typing import ResponseReturnValue

app = Flask(__name__)
app.secret_key = secrets.token_hex(32)
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

HSTS = "max-age=31536000; includeSubDomains"


def came_over_https() -> bool:
    return request.headers.get("X-Forwarded-Proto", "http") == "https"


@app.before_request
def require_https() -> ResponseReturnValue | None:
    if came_over_https():
        return None
    return redirect(request.url.replace("http://", "https://", 1), code=301)


@app.after_request
def add_hsts(response: Response) -> Response:
    if came_over_https():
        response.headers["Strict-Transport-Security"] = HSTS
    return response


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
