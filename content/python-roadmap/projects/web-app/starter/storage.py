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
        ...

    def password_hash(self, username: str) -> str | None:
        """The stored password hash of username, or None."""
        ...

    def add_bookmark(self, username: str, url: str, title: str) -> dict[str, Any]:
        """Save a bookmark of username; return it with its new id."""
        ...

    def list_bookmarks(self, username: str) -> list[dict[str, Any]]:
        """The bookmarks of username, by id."""
        ...

    def delete_bookmark(self, username: str, bookmark_id: int) -> bool:
        """Delete a bookmark of username; False if username has no such bookmark."""
        ...
