import functools
from collections.abc import Callable
from typing import Any

call_counts: dict[str, int] = {}


# 1. Write the decorator count_calls here.

# 2. Write the decorator shout here.


@count_calls
def add(a: int, b: int) -> int:
    return a + b


@count_calls
@shout
def greet(name: str, greeting: str = "Hello") -> str:
    return f"{greeting}, {name}"


if __name__ == "__main__":
    print(add(2, 3))
    print(add(a=3, b=4))
    print(greet("Ada"))
    print(call_counts)
    print(greet.__name__)
