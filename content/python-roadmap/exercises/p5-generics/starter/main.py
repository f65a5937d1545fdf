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
    print(first_or([3, 4], 0))
    no_words: list[str] = []
    print(first_or(no_words, "none"))
    print(count_where(["a", "bb", "cc"], lambda s: len(s) == 2))
    print(apply_all(3, [lambda n: n + 1, lambda n: n * n]))

    def add_one(n: int) -> int:
        return n + 1

    def square(n: int) -> int:
        return n * n

    print(compose(add_one, square)(3))
    print(Pair(1, "a").swap())
