# Passwords are kept as salted scrypt hashes: SALT$HASH, both in hex.
import hashlib
import hmac
import secrets


def _scrypt(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return salt.hex() + "$" + _scrypt(password, salt).hex()


def verify_password(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$")
    new_digest = _scrypt(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(new_digest, bytes.fromhex(digest_hex))


if __name__ == "__main__":
    stored = hash_password("correct horse")
    print(stored)
    print(verify_password("correct horse", stored))
    print(verify_password("wrong horse", stored))
