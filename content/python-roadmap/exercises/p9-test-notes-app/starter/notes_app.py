# A small notes API: Flask in front, an sqlite3 database behind.
# Do not change this file: write your tests in test_notes_app.py.
import sqlite3
from typing import Any

from flask import Flask, Response, jsonify, request

SCHEMA = "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"


def create_app(db_path: str) -> Flask:
    """Make the app, keeping its notes in the sqlite3 file db_path."""
    app = Flask(__name__)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(db_path)

    conn = connect()
    conn.execute(SCHEMA)
    conn.commit()
    conn.close()

    @app.route("/notes", methods=["POST"])
    def add_note() -> tuple[Response, int]:
        body: Any = request.get_json(silent=True)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip():
            return jsonify({"error": "text must be a non-empty string"}), 400
        conn = connect()
        try:
            cursor = conn.execute("INSERT INTO notes (text) VALUES (?)", (text.strip(),))
            conn.commit()
            note_id = cursor.lastrowid
        finally:
            conn.close()
        return jsonify({"id": note_id, "text": text.strip()}), 201

    @app.route("/notes", methods=["GET"])
    def list_notes() -> tuple[Response, int]:
        conn = connect()
        try:
            rows = conn.execute("SELECT id, text FROM notes ORDER BY id").fetchall()
        finally:
            conn.close()
        return jsonify([{"id": row[0], "text": row[1]} for row in rows]), 200

    @app.route("/notes/<int:note_id>", methods=["GET"])
    def show_note(note_id: int) -> tuple[Response, int]:
        conn = connect()
        try:
            row = conn.execute("SELECT id, text FROM notes WHERE id = ?", (note_id,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return jsonify({"error": "no such note"}), 404
        return jsonify({"id": row[0], "text": row[1]}), 200

    return app
