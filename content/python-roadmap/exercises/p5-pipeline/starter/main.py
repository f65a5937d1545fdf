import sys
from collections.abc import Iterable, Iterator


def parse_readings(lines: Iterable[str]) -> Iterator[int]:
    ...


def running_total(numbers: Iterable[int]) -> Iterator[int]:
    ...


def take(count: int, items: Iterable[int]) -> Iterator[int]:
    ...


def fibonacci() -> Iterator[int]:
    ...


if __name__ == "__main__":
    # sys.stdin is an iterable of lines, like an open file.
    totals = running_total(parse_readings(sys.stdin))
    print(f"totals: {list(totals)}")
    print(f"fibonacci: {list(take(8, fibonacci()))}")
