from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")
# 5. You need two more type variables for Pair: A and B.


def first_or(items: list[T], default: T) -> T:
    ...


def count_where(items: Iterable[T], test: Callable[[T], bool]) -> int:
    ...


def apply_all(value: T, steps: list[Callable[[T], T]]) -> T:
    ...


def compose(f: Callable[[T], T], g: Callable[[T], T]) -> Callable[[T], T]:
    ...


# 5. class Pair(Generic[A, B]): ...


if __name__ == "__main__":
    words = input().split()
    number = int(input())
    first = first_or(words, "none")
    print(first)
    print(count_where(words, lambda s: len(s) == 2))
    print(apply_all(number, [lambda n: n + 1, lambda n: n * n]))

    def add_one(n: int) -> int:
        return n + 1

    def square(n: int) -> int:
        return n * n

    print(compose(add_one, square)(number))
    print(Pair(number, first).swap())
