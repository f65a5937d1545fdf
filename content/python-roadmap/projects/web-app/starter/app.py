"""Bookmarks: a small web application with accounts, pages and a JSON API (Flask).

    python3 app.py            start the server (Ctrl+C to stop)
    python3 app.py init-db    create the database and stop
"""
import logging
import re
import secrets
import sys
import time
from typing import Any

from flask import Flask, Response, jsonify, redirect, render_template_string, request, session, url_for
from flask.typing import ResponseReturnValue

import auth
from config import ConfigError, load_config
from storage import Storage

logger = logging.getLogger(__name__)

USAGE = "Usage: python3 app.py [init-db]"
USERNAME = re.compile(r"^[a-z0-9_]{3,30}$")

LAYOUT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bookmarks</title></head>
<body>
{% if user %}<form method="post" action="{{ url_for('sign_out') }}"><button>Sign out {{ user }}</button></form>{% endif %}
{% for error in errors %}<p class="error">{{ error }}</p>{% endfor %}
"""

HOME = LAYOUT + """
<h1>Bookmarks of {{ user }}</h1>
{% if bookmarks %}
<ul>
{% for bookmark in bookmarks %}
  <li><a href="{{ bookmark.url }}">{{ bookmark.title }}</a>
    <form method="post" action="{{ url_for('delete_page', bookmark_id=bookmark.id) }}"><button>Delete</button></form></li>
{% endfor %}
</ul>
{% else %}
<p>No bookmarks yet.</p>
{% endif %}
<form method="post" action="{{ url_for('add_page') }}">
  <label>URL <input name="url" value="{{ url }}"></label>
  <label>Title <input name="title" value="{{ title }}"></label>
  <button>Add</button>
</form>
</body></html>
"""

ACCOUNT = LAYOUT + """
<h1>{{ heading }}</h1>
<form method="post">
  <label>Username <input name="username" value="{{ username }}"></label>
  <label>Password <input name="password" type="password"></label>
  <button>{{ heading }}</button>
</form>
</body></html>
"""


def check_new_user(body: Any) -> str | None:
    """The error message for a bad sign-up, or None if it is fine."""
    ...


def check_bookmark(body: Any) -> str | None:
    """The error message for a bad bookmark, or None if it is fine."""
    ...


def create_app(storage: Storage, secret_key: str) -> Flask:
    """The application, with its database and the key that signs its cookies."""
    app = Flask(__name__)
    app.secret_key = secret_key
    # The API's tokens: token -> (username, expiry time).
    tokens: dict[str, tuple[str, float]] = {}
    app.config["TOKENS"] = tokens

    def error(status: int, message: str) -> tuple[Response, int]:
        return jsonify({"error": message}), status

    def login_required() -> tuple[Response, int, dict[str, str]]:
        return jsonify({"error": "login required"}), 401, {"WWW-Authenticate": "Bearer"}

    def api_user() -> str | None:
        token = auth.bearer_token(request.headers.get("Authorization"))
        if token is None:
            return None
        return auth.user_for_token(tokens, token, time.time())

    def page_user() -> str | None:
        username = session.get("username")
        return username if isinstance(username, str) else None

    def sign_in_page(heading: str, username: str, errors: list[str]) -> str:
        return render_template_string(ACCOUNT, heading=heading, username=username, errors=errors, user=None)

    @app.errorhandler(404)
    def not_found(_: Exception) -> ResponseReturnValue:
        if request.path.startswith("/api/"):
            return error(404, "not found")
        return "Not found", 404

    # Step 3, the JSON API: api_sign_up (POST /api/users), api_login
    # (POST /api/login), api_logout (POST /api/logout), api_list
    # (GET /api/bookmarks), api_add (POST /api/bookmarks).
    # Step 4, on the branch feature-delete: api_delete
    # (DELETE /api/bookmarks/<int:bookmark_id>).

    # Step 3, the pages: home (GET /), sign_up (GET and POST /signup),
    # sign_in (GET and POST /signin), sign_out (POST /signout), add_page
    # (POST /add). Step 4: delete_page (POST /delete/<int:bookmark_id>).
    # The templates above link to them by these function names.

    return app


def say(message: str, status: int, to_stderr: bool = False) -> int:
    """The program's own output (on stderr for a problem); returns the exit status."""
    print(message, file=sys.stderr if to_stderr else sys.stdout)
    return status


def main(argv: list[str]) -> int:
    if argv not in ([], ["init-db"]):
        return say(USAGE, 2, to_stderr=True)
    try:
        config = load_config()
    except ConfigError as problem:
        return say(f"Error: {problem}", 1, to_stderr=True)
    storage = Storage(config.database)
    if argv == ["init-db"]:
        return say(f"database ready: {config.database}", 0)
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # A new key at each start: signing in again after a restart is the price
    # of keeping no secret in a file.
    app = create_app(storage, secrets.token_hex(32))
    logger.info("serving on http://%s:%d", config.host, config.port)
    app.run(host=config.host, port=config.port)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
