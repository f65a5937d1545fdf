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
    if not isinstance(body, dict) or not isinstance(body.get("username"), str) \
            or not USERNAME.match(body["username"]):
        return "username must be 3-30 lowercase letters, digits or _"
    if not isinstance(body.get("password"), str) or len(body["password"]) < 8:
        return "password must be at least 8 characters"
    return None


def check_bookmark(body: Any) -> str | None:
    """The error message for a bad bookmark, or None if it is fine."""
    if not isinstance(body, dict):
        body = {}
    url = body.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or len(url) > 2000:
        return "url must start with http:// or https://"
    title = body.get("title")
    if not isinstance(title, str) or not 1 <= len(title.strip()) <= 200:
        return "title must be 1 to 200 characters"
    return None


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

    # The JSON API.

    @app.route("/api/users", methods=["POST"])
    def api_sign_up() -> ResponseReturnValue:
        body: Any = request.get_json(silent=True)
        if body is None:
            return error(400, "body is not JSON")
        problem = check_new_user(body)
        if problem:
            return error(400, problem)
        if not storage.add_user(body["username"], auth.hash_password(body["password"])):
            return error(409, "username taken")
        logger.info("user %s signed up", body["username"])
        return jsonify({"username": body["username"]}), 201

    @app.route("/api/login", methods=["POST"])
    def api_login() -> ResponseReturnValue:
        body: Any = request.get_json(silent=True)
        if body is None:
            return error(400, "body is not JSON")
        if not isinstance(body, dict) or not isinstance(body.get("username"), str) \
                or not isinstance(body.get("password"), str):
            return error(400, "username and password are required")
        stored = storage.password_hash(body["username"])
        if stored is None or not auth.verify_password(body["password"], stored):
            logger.warning("failed login for %s", body["username"])
            return error(401, "wrong username or password")
        token = auth.create_session(tokens, body["username"], time.time())
        logger.info("user %s logged in", body["username"])
        return jsonify({"token": token}), 200

    @app.route("/api/logout", methods=["POST"])
    def api_logout() -> ResponseReturnValue:
        username = api_user()
        if username is None:
            return login_required()
        auth.end_session(tokens, auth.bearer_token(request.headers.get("Authorization")) or "")
        logger.info("user %s logged out", username)
        return "", 204

    @app.route("/api/bookmarks", methods=["GET"])
    def api_list() -> ResponseReturnValue:
        username = api_user()
        if username is None:
            return login_required()
        return jsonify(storage.list_bookmarks(username)), 200

    @app.route("/api/bookmarks", methods=["POST"])
    def api_add() -> ResponseReturnValue:
        username = api_user()
        if username is None:
            return login_required()
        body: Any = request.get_json(silent=True)
        if body is None:
            return error(400, "body is not JSON")
        problem = check_bookmark(body)
        if problem:
            return error(400, problem)
        return jsonify(storage.add_bookmark(username, body["url"], body["title"].strip())), 201

    @app.route("/api/bookmarks/<int:bookmark_id>", methods=["DELETE"])
    def api_delete(bookmark_id: int) -> ResponseReturnValue:
        username = api_user()
        if username is None:
            return login_required()
        if not storage.delete_bookmark(username, bookmark_id):
            return error(404, "no such bookmark")
        return "", 204

    # The pages.

    @app.route("/")
    def home() -> ResponseReturnValue:
        username = page_user()
        if username is None:
            return redirect(url_for("sign_in"), code=303)
        return render_template_string(HOME, user=username, bookmarks=storage.list_bookmarks(username),
                                      errors=[], url="", title="")

    @app.route("/signup", methods=["GET", "POST"])
    def sign_up() -> ResponseReturnValue:
        if request.method == "GET":
            return sign_in_page("Sign up", "", [])
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")
        problem = check_new_user({"username": username, "password": password})
        if problem is None and not storage.add_user(username, auth.hash_password(password)):
            problem = "username taken"
        if problem:
            return sign_in_page("Sign up", username, [problem]), 400
        logger.info("user %s signed up", username)
        session["username"] = username
        return redirect(url_for("home"), code=303)

    @app.route("/signin", methods=["GET", "POST"])
    def sign_in() -> ResponseReturnValue:
        if request.method == "GET":
            return sign_in_page("Sign in", "", [])
        username = request.form.get("username", "").strip()
        stored = storage.password_hash(username)
        if stored is None or not auth.verify_password(request.form.get("password", ""), stored):
            logger.warning("failed login for %s", username)
            return sign_in_page("Sign in", username, ["wrong username or password"]), 401
        logger.info("user %s logged in", username)
        session["username"] = username
        return redirect(url_for("home"), code=303)

    @app.route("/signout", methods=["POST"])
    def sign_out() -> ResponseReturnValue:
        session.clear()
        return redirect(url_for("sign_in"), code=303)

    @app.route("/add", methods=["POST"])
    def add_page() -> ResponseReturnValue:
        username = page_user()
        if username is None:
            return redirect(url_for("sign_in"), code=303)
        url = request.form.get("url", "").strip()
        title = request.form.get("title", "")
        problem = check_bookmark({"url": url, "title": title})
        if problem:
            page = render_template_string(HOME, user=username, bookmarks=storage.list_bookmarks(username),
                                          errors=[problem], url=url, title=title)
            return page, 400
        storage.add_bookmark(username, url, title.strip())
        return redirect(url_for("home"), code=303)

    @app.route("/delete/<int:bookmark_id>", methods=["POST"])
    def delete_page(bookmark_id: int) -> ResponseReturnValue:
        username = page_user()
        if username is None:
            return redirect(url_for("sign_in"), code=303)
        storage.delete_bookmark(username, bookmark_id)
        return redirect(url_for("home"), code=303)

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
