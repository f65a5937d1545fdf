# WARNING: these tokens are guessable and never expire.
import random
import secrets
import string

SESSION_SECONDS = 3600


def create_session(sessions: dict[str, tuple[str, float]], username: str, now: float) -> str:
    token = "".join(random.choice(string.ascii_letters) for _ in range(8))
    sessions[token] = (username, now + SESSION_SECONDS)
    return token


def user_for_token(sessions: dict[str, tuple[str, float]], token: str, now: float) -> str | None:
    if token in sessions:
        return sessions[token][0]
    return None


def end_session(sessions: dict[str, tuple[str, float]], token: str) -> None:
    ...


if __name__ == "__main__":
    sessions: dict[str, tuple[str, float]] = {}
    token = create_session(sessions, "ada", now=1000.0)
    print(user_for_token(sessions, token, now=1000.0 + 60))        # a minute later
    print(user_for_token(sessions, token, now=1000.0 + 2 * 3600))  # two hours later
    token = create_session(sessions, "ada", now=1000.0)
    end_session(sessions, token)
    print(user_for_token(sessions, token, now=1000.0))
