# Signed tokens that expire: JSON Web Tokens with PyJWT.
import time

import jwt

TOKEN_SECONDS = 900  # a quarter of an hour
ALGORITHM = "HS256"


def issue_token(secret: str, username: str, now: float) -> str:
    payload = {"sub": username, "iat": int(now), "exp": int(now) + TOKEN_SECONDS}
    token: str = jwt.encode(payload, secret, algorithm=ALGORITHM)
    return token


def verify_token(secret: str, token: str) -> str | None:
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM],
                             options={"require": ["sub", "exp"]})
    except jwt.InvalidTokenError:
        return None
    username: str = payload["sub"]
    return username


if __name__ == "__main__":
    secret = "a long random secret from the environment"
    fresh = issue_token(secret, "ada", time.time())
    print(verify_token(secret, fresh))
    old = issue_token(secret, "ada", time.time() - 3600)
    print(verify_token(secret, old))
    print(verify_token("another secret", fresh))
