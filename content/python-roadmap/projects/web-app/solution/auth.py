"""Passwords (salted scrypt hashes) and session tokens (random, with expiry)."""
import hashlib
import hmac
import secrets

SESSION_SECONDS = 3600


def _scrypt(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


def hash_password(password: str) -> str:
    """SALT$HASH: 16 random salt bytes and the scrypt hash, both as hex."""
    salt = secrets.token_bytes(16)
    return salt.hex() + "$" + _scrypt(password, salt).hex()


def verify_password(password: str, stored: str) -> bool:
    """True if password is the one that made stored."""
    salt_hex, digest_hex = stored.split("$")
    return hmac.compare_digest(_scrypt(password, bytes.fromhex(salt_hex)), bytes.fromhex(digest_hex))


def create_session(sessions: dict[str, tuple[str, float]], username: str, now: float) -> str:
    """A new token for username, valid for SESSION_SECONDS from now."""
    token = secrets.token_urlsafe(32)
    sessions[token] = (username, now + SESSION_SECONDS)
    return token


def user_for_token(sessions: dict[str, tuple[str, float]], token: str, now: float) -> str | None:
    """The username of a valid token; None (and the token deleted) if expired."""
    entry = sessions.get(token)
    if entry is None:
        return None
    username, expires_at = entry
    if now >= expires_at:
        del sessions[token]
        return None
    return username


def end_session(sessions: dict[str, tuple[str, float]], token: str) -> None:
    """Log out: the token stops working."""
    sessions.pop(token, None)


def bearer_token(header: str | None) -> str | None:
    """The token of an "Authorization: Bearer TOKEN" header, or None."""
    if header is None or not header.startswith("Bearer "):
        return None
    return header[len("Bearer "):].strip() or None
