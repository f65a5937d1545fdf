import sys
from collections.abc import Iterable, Iterator


def parse_readings(lines: Iterable[str]) -> Iterator[int]:
    for line in lines:
        try:
            yield int(line.strip())
        except ValueError:
            continue


def running_total(numbers: Iterable[int]) -> Iterator[int]:
    total = 0
    for n in numbers:
        total += n
        yield total


def take(count: int, items: Iterable[int]) -> Iterator[int]:
    if count <= 0:
        return
    seen = 0
    for item in items:
        yield item
        seen += 1
        if seen == count:
            return


def fibonacci() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


if __name__ == "__main__":
    totals = running_total(parse_readings(sys.stdin))
    print(f"totals: {list(totals)}")
    print(f"fibonacci: {list(take(8, fibonacci()))}")
