import functools
from collections.abc import Callable
from typing import Any

call_counts: dict[str, int] = {}


def count_calls(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        call_counts[func.__name__] = call_counts.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


def shout(func: Callable[..., str]) -> Callable[..., str]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> str:
        return func(*args, **kwargs).upper() + "!"
    return wrapper


@count_calls
def add(a: int, b: int) -> int:
    return a + b


@count_calls
@shout
def greet(name: str, greeting: str = "Hello") -> str:
    return f"{greeting}, {name}"


if __name__ == "__main__":
    numbers = input().split()
    name = input()
    total = 0
    for number in numbers:
        total = add(total, int(number))
    print(total)
    print(greet(name))
    print(greet(name, greeting="Hi"))
    print(call_counts)
    print(greet.__name__)
