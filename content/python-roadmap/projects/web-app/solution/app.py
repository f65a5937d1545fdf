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
    if not isinstance(body, dict) or not isinstance(body.get("username"), str) \
            or not USERNAME.match(body["username"]):
        return "username must be 3-30 lowercase letters, digits or _"
    if not isinstance(body.get("password"), str) or len(body["password"]) < 8:
        return "password must be at least 8 characters"
    return None


def check_bookmark(body: Any) -> str | None:
    """The error message for a bad bookmark body, or None if it is fine."""
    if not isinstance(body, dict):
        body = {}
    url = body.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or len(url) > 2000:
        return "url must start with http:// or https://"
    title = body.get("title")
    if not isinstance(title, str) or not 1 <= len(title.strip()) <= 200:
        return "title must be 1 to 200 characters"
    return None


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
        token = auth.bearer_token(self.headers.get("Authorization"))
        if token is None:
            return None
        return auth.user_for_token(self.server.sessions, token, time.time())

    def login_required(self) -> None:
        self.send_json(401, {"error": "login required"}, {"WWW-Authenticate": "Bearer"})

    def do_GET(self) -> None:
        if self.path != "/bookmarks":
            self.send_json(404, {"error": "not found"})
            return
        username = self.current_user()
        if username is None:
            self.login_required()
            return
        self.send_json(200, self.server.storage.list_bookmarks(username))

    def do_POST(self) -> None:
        if self.path not in ("/users", "/login", "/logout", "/bookmarks"):
            self.send_json(404, {"error": "not found"})
            return
        username = None
        if self.path in ("/logout", "/bookmarks"):
            username = self.current_user()
            if username is None:
                self.login_required()
                return
        if self.path == "/logout":
            auth.end_session(self.server.sessions, auth.bearer_token(self.headers.get("Authorization")) or "")
            logger.info("user %s logged out", username)
            self.send_no_content()
            return
        try:
            body = self.read_json()
        except ValueError:
            self.send_json(400, {"error": "body is not JSON"})
            return
        if self.path == "/users":
            self.sign_up(body)
        elif self.path == "/login":
            self.login(body)
        else:
            self.add_bookmark(username or "", body)

    def sign_up(self, body: Any) -> None:
        problem = check_new_user(body)
        if problem:
            self.send_json(400, {"error": problem})
            return
        if not self.server.storage.add_user(body["username"], auth.hash_password(body["password"])):
            self.send_json(409, {"error": "username taken"})
            return
        logger.info("user %s signed up", body["username"])
        self.send_json(201, {"username": body["username"]})

    def login(self, body: Any) -> None:
        if not isinstance(body, dict) or not isinstance(body.get("username"), str) \
                or not isinstance(body.get("password"), str):
            self.send_json(400, {"error": "username and password are required"})
            return
        stored = self.server.storage.password_hash(body["username"])
        if stored is None or not auth.verify_password(body["password"], stored):
            logger.warning("failed login for %s", body["username"])
            self.send_json(401, {"error": "wrong username or password"})
            return
        token = auth.create_session(self.server.sessions, body["username"], time.time())
        logger.info("user %s logged in", body["username"])
        self.send_json(200, {"token": token})

    def add_bookmark(self, username: str, body: Any) -> None:
        problem = check_bookmark(body)
        if problem:
            self.send_json(400, {"error": problem})
            return
        bookmark = self.server.storage.add_bookmark(username, body["url"], body["title"].strip())
        self.send_json(201, bookmark)

    def do_DELETE(self) -> None:
        found = BOOKMARK_PATH.match(self.path)
        if not found:
            self.send_json(404, {"error": "not found"})
            return
        username = self.current_user()
        if username is None:
            self.login_required()
            return
        if not self.server.storage.delete_bookmark(username, int(found.group(1))):
            self.send_json(404, {"error": "no such bookmark"})
            return
        self.send_no_content()


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
