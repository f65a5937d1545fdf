from collections.abc import Iterable, Iterator


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    # yield one list of `size` items at a time
    return iter([])


def running_totals(numbers: Iterable[int]) -> Iterator[int]:
    # yield the total so far after each number
    return iter([])
