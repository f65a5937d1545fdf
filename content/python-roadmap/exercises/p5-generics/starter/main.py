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
    print(first_or([], "none"))
    print(count_where(["a", "bb", "cc"], lambda s: len(s) == 2))
    print(apply_all(3, [lambda n: n + 1, lambda n: n * n]))
    print(compose(lambda n: n + 1, lambda n: n * n)(3))
    print(Pair(1, "a").swap())
