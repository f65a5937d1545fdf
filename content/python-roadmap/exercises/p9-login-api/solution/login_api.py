# A login API: POST /login gives a token, GET /me needs it, POST /logout ends it.
import hashlib
import hmac
import json
import secrets
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SESSION_SECONDS = 3600


# --- Passwords (from "Store passwords safely") ---------------------------
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return salt.hex() + "$" + digest.hex()


def verify_password(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$")
    digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1, dklen=32)
    return hmac.compare_digest(digest, bytes.fromhex(digest_hex))


# --- Sessions (from "Session tokens that expire") -------------------------
def create_session(sessions: dict[str, tuple[str, float]], username: str, now: float) -> str:
    token = secrets.token_urlsafe(32)
    sessions[token] = (username, now + SESSION_SECONDS)
    return token


def user_for_token(sessions: dict[str, tuple[str, float]], token: str, now: float) -> str | None:
    entry = sessions.get(token)
    if entry is None:
        return None
    username, expires_at = entry
    if now >= expires_at:
        del sessions[token]
        return None
    return username


# --- The users and their sessions (a database in a real app) --------------
USERS: dict[str, str] = {"ada": hash_password("correct horse"), "bo": hash_password("battery staple")}
SESSIONS: dict[str, tuple[str, float]] = {}


def bearer_token(header: str | None) -> str | None:
    """The token of an "Authorization: Bearer TOKEN" header, or None."""
    if header is None or not header.startswith("Bearer "):
        return None
    token = header[len("Bearer "):].strip()
    return token or None


class LoginHandler(BaseHTTPRequestHandler):
    def send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def read_json(self) -> Any:
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length) or b"null")

    def current_user(self) -> str | None:
        """The username of this request's token, or None."""
        token = bearer_token(self.headers.get("Authorization"))
        if token is None:
            return None
        return user_for_token(SESSIONS, token, time.time())

    def send_login_required(self) -> None:
        self.send_json(401, {"error": "login required"}, {"WWW-Authenticate": "Bearer"})

    def do_GET(self) -> None:
        if self.path != "/me":
            self.send_json(404, {"error": "not found"})
            return
        username = self.current_user()
        if username is None:
            self.send_login_required()
            return
        self.send_json(200, {"username": username})

    def do_POST(self) -> None:
        if self.path == "/login":
            self.login()
        elif self.path == "/logout":
            self.logout()
        else:
            self.send_json(404, {"error": "not found"})

    def login(self) -> None:
        try:
            body = self.read_json()
        except ValueError:
            self.send_json(400, {"error": "body is not JSON"})
            return
        if not isinstance(body, dict):
            body = {}
        username, password = body.get("username"), body.get("password")
        if not isinstance(username, str) or not isinstance(password, str):
            self.send_json(400, {"error": "username and password are required"})
            return
        stored = USERS.get(username)
        if stored is None or not verify_password(password, stored):
            self.send_json(401, {"error": "wrong username or password"})
            return
        token = create_session(SESSIONS, username, time.time())
        self.send_json(200, {"token": token})

    def logout(self) -> None:
        token = bearer_token(self.headers.get("Authorization"))
        if token is None or user_for_token(SESSIONS, token, time.time()) is None:
            self.send_login_required()
            return
        del SESSIONS[token]
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), LoginHandler)
    print("Login API on http://127.0.0.1:8000 (Ctrl+C to stop)")
    server.serve_forever()
