"""Users and bookmarks in an SQLite database."""
import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username      TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bookmarks (
    id       INTEGER PRIMARY KEY,
    username TEXT NOT NULL REFERENCES users (username),
    url      TEXT NOT NULL,
    title    TEXT NOT NULL
);
"""


class Storage:
    def __init__(self, path: str) -> None:
        """Open (or create) the database file at path and make the tables."""
        self.path = path
        conn = self._connect()
        try:
            conn.executescript(SCHEMA)
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        # A connection per call: the server answers requests in several threads.
        return sqlite3.connect(self.path, timeout=5)

    def add_user(self, username: str, password_hash: str) -> bool:
        """Add a user; False if the username is taken."""
        conn = self._connect()
        try:
            with conn:
                conn.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash))
            return True
        except sqlite3.IntegrityError:
            return False
        finally:
            conn.close()

    def password_hash(self, username: str) -> str | None:
        """The stored password hash of username, or None."""
        conn = self._connect()
        try:
            row = conn.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()
        finally:
            conn.close()
        return row[0] if row else None

    def add_bookmark(self, username: str, url: str, title: str) -> dict[str, Any]:
        """Save a bookmark of username; return it with its new id."""
        conn = self._connect()
        try:
            with conn:
                cursor = conn.execute("INSERT INTO bookmarks (username, url, title) VALUES (?, ?, ?)",
                                      (username, url, title))
        finally:
            conn.close()
        return {"id": cursor.lastrowid, "url": url, "title": title}

    def list_bookmarks(self, username: str) -> list[dict[str, Any]]:
        """The bookmarks of username, by id."""
        conn = self._connect()
        try:
            rows = conn.execute("SELECT id, url, title FROM bookmarks WHERE username = ? ORDER BY id",
                                (username,)).fetchall()
        finally:
            conn.close()
        return [{"id": row[0], "url": row[1], "title": row[2]} for row in rows]

    def delete_bookmark(self, username: str, bookmark_id: int) -> bool:
        """Delete a bookmark of username; False if username has no such bookmark."""
        conn = self._connect()
        try:
            with conn:
                cursor = conn.execute("DELETE FROM bookmarks WHERE id = ? AND username = ?", (bookmark_id, username))
        finally:
            conn.close()
        return cursor.rowcount == 1
