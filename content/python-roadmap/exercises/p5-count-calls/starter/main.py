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
