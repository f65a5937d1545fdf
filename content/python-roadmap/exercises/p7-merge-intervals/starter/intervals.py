# Merging overlapping intervals: sort, then sweep once.

Interval = tuple[int, int]


def merge_busy(times: list[Interval]) -> list[Interval]:
    # Sort by start. Keep a list of merged intervals.
    # Each next interval either extends the last merged one or starts a new one.
    ...


def free_slots(times: list[Interval], day_start: int, day_end: int) -> list[Interval]:
    # The gaps between the merged busy times (and before/after them).
    ...


if __name__ == "__main__":
    busy = [(9, 11), (14, 15), (10, 12), (12, 13)]
    print(merge_busy(busy))
    print(free_slots(busy, 8, 18))
