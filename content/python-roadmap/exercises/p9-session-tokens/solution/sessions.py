# Session tokens: random, unique, and valid for SESSION_SECONDS only.
import secrets

SESSION_SECONDS = 3600


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


def end_session(sessions: dict[str, tuple[str, float]], token: str) -> None:
    sessions.pop(token, None)


if __name__ == "__main__":
    sessions: dict[str, tuple[str, float]] = {}
    token = create_session(sessions, "ada", now=1000.0)
    print(user_for_token(sessions, token, now=1000.0 + 60))        # a minute later
    print(user_for_token(sessions, token, now=1000.0 + 2 * 3600))  # two hours later
    token = create_session(sessions, "ada", now=1000.0)
    end_session(sessions, token)
    print(user_for_token(sessions, token, now=1000.0))
