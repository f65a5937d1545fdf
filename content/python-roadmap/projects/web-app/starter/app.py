"""Bookmarks: a small web API with accounts, on the standard library only.

    python3 app.py            start the server (Ctrl+C to stop)
    python3 app.py init-db    create the database and stop
"""
import json
import logging
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import auth
from config import ConfigError, load_config
from storage import Storage

logger = logging.getLogger(__name__)

USAGE = "Usage: python3 app.py [init-db]"
USERNAME = re.compile(r"^[a-z0-9_]{3,30}$")
BOOKMARK_PATH = re.compile(r"^/bookmarks/(\d+)$")


def check_new_user(body: Any) -> str | None:
    """The error message for a bad sign-up body, or None if it is fine."""
    ...


def check_bookmark(body: Any) -> str | None:
    """The error message for a bad bookmark body, or None if it is fine."""
    ...


class BookmarksServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], storage: Storage) -> None:
        super().__init__(address, BookmarksHandler)
        self.storage = storage
        self.sessions: dict[str, tuple[str, float]] = {}


class BookmarksHandler(BaseHTTPRequestHandler):
    server: BookmarksServer

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_no_content(self) -> None:
        self.send_response(204)
        self.end_headers()

    def read_json(self) -> Any:
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length) or b"null")

    def current_user(self) -> str | None:
        ...

    def login_required(self) -> None:
        self.send_json(401, {"error": "login required"}, {"WWW-Authenticate": "Bearer"})

    def do_GET(self) -> None:
        # GET /bookmarks: the user's bookmarks (login required). Anything else: 404.
        ...

    def do_POST(self) -> None:
        # /users, /login: no login needed. /bookmarks, /logout: login required.
        # Read the body (400 if it is not JSON), then call sign_up, login or add_bookmark.
        ...

    def sign_up(self, body: Any) -> None:
        ...

    def login(self, body: Any) -> None:
        ...

    def add_bookmark(self, username: str, body: Any) -> None:
        ...

    def do_DELETE(self) -> None:
        # Step 4, on the branch feature-delete: DELETE /bookmarks/ID.
        ...


def main(argv: list[str]) -> int:
    if argv not in ([], ["init-db"]):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        config = load_config()
    except ConfigError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    storage = Storage(config.database)
    if argv == ["init-db"]:
        print(f"database ready: {config.database}")
        return 0
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    server = BookmarksServer((config.host, config.port), storage)
    logger.info("serving on http://%s:%d", config.host, config.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        logger.info("stopped")
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
