# A login API: POST /login gives a token, GET /me needs it.
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
    ...


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
        ...

    def do_GET(self) -> None:
        ...

    def do_POST(self) -> None:
        ...


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), LoginHandler)
    print("Login API on http://127.0.0.1:8000 (Ctrl+C to stop)")
    server.serve_forever()
