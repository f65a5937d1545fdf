from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")
A = TypeVar("A")
B = TypeVar("B")


def first_or(items: list[T], default: T) -> T:
    if items:
        return items[0]
    return default


def count_where(items: Iterable[T], test: Callable[[T], bool]) -> int:
    return sum(1 for item in items if test(item))


def apply_all(value: T, steps: list[Callable[[T], T]]) -> T:
    for step in steps:
        value = step(value)
    return value


def compose(f: Callable[[T], T], g: Callable[[T], T]) -> Callable[[T], T]:
    def both(x: T) -> T:
        return g(f(x))
    return both


class Pair(Generic[A, B]):
    def __init__(self, first: A, second: B) -> None:
        self.first = first
        self.second = second

    def swap(self) -> "Pair[B, A]":
        return Pair(self.second, self.first)

    def __repr__(self) -> str:
        return f"Pair({self.first!r}, {self.second!r})"


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
