from collections.abc import Iterable, Iterator


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def running_totals(numbers: Iterable[int]) -> Iterator[int]:
    total = 0
    for number in numbers:
        total += number
        yield total
