import os
import sqlite3

from flask import Flask, Response, jsonify

app = Flask(__name__)


def load_port() -> int:
    text = os.environ.get("PORT", "8000")
    try:
        port = int(text)
    except ValueError:
        raise ValueError(f"PORT must be a whole number from 1 to 65535, not {text!r}") from None
    if not 1 <= port <= 65535:
        raise ValueError(f"PORT must be a whole number from 1 to 65535, not {text!r}")
    return port


def database_path() -> str:
    path = os.environ.get("DATABASE_PATH", "app.db").strip()
    if not path:
        raise ValueError("DATABASE_PATH must not be empty")
    return path


@app.route("/healthz")
def healthz() -> tuple[Response, int]:
    try:
        connection = sqlite3.connect(database_path())
        try:
            connection.execute("SELECT 1")
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return jsonify({"status": "unavailable"}), 503
    return jsonify({"status": "ok"}), 200


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=load_port())
