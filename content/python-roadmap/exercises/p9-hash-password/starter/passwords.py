# WARNING: this keeps passwords as they are. Hash them with scrypt and a salt.
import hashlib
import hmac
import secrets


def hash_password(password: str) -> str:
    return password


def verify_password(password: str, stored: str) -> bool:
    return password == stored


if __name__ == "__main__":
    stored = hash_password("correct horse")
    print(stored)
    print(verify_password("correct horse", stored))
    print(verify_password("wrong horse", stored))
