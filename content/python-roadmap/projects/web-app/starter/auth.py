"""Passwords (salted scrypt hashes) and session tokens (random, with expiry)."""
import hashlib
import hmac
import secrets

SESSION_SECONDS = 3600


def hash_password(password: str) -> str:
    """SALT$HASH: 16 random salt bytes and the scrypt hash, both as hex.

    scrypt with n=2**14, r=8, p=1, dklen=32, as in "Store passwords safely"."""
    ...


def verify_password(password: str, stored: str) -> bool:
    """True if password is the one that made stored."""
    ...


def create_session(sessions: dict[str, tuple[str, float]], username: str, now: float) -> str:
    """A new token for username, valid for SESSION_SECONDS from now."""
    ...


def user_for_token(sessions: dict[str, tuple[str, float]], token: str, now: float) -> str | None:
    """The username of a valid token; None (and the token deleted) if expired."""
    ...


def end_session(sessions: dict[str, tuple[str, float]], token: str) -> None:
    """Log out: the token stops working."""
    ...


def bearer_token(header: str | None) -> str | None:
    """The token of an "Authorization: Bearer TOKEN" header, or None."""
    ...
