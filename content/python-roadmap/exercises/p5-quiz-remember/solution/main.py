import functools
from collections.abc import Callable


def memo(func: Callable[[int], int]) -> Callable[[int], int]:
    answers: dict[int, int] = {}

    @functools.wraps(func)
    def wrapper(n: int) -> int:
        if n not in answers:
            answers[n] = func(n)
        return answers[n]
    return wrapper


def make_limiter(limit: int) -> Callable[[], bool]:
    used = 0

    def allow() -> bool:
        nonlocal used
        if used < limit:
            used += 1
            return True
        return False
    return allow
