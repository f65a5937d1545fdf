# Merging overlapping intervals: sort, then sweep once.

Interval = tuple[int, int]


def merge_busy(times: list[Interval]) -> list[Interval]:
    merged: list[list[int]] = []
    for start, end in sorted(times):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def free_slots(times: list[Interval], day_start: int, day_end: int) -> list[Interval]:
    free: list[Interval] = []
    cursor = day_start
    for start, end in merge_busy(times):
        if start > cursor:
            free.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day_end:
        free.append((cursor, day_end))
    return free


if __name__ == "__main__":
    busy = [(9, 11), (14, 15), (10, 12), (12, 13)]
    print(merge_busy(busy))
    print(free_slots(busy, 8, 18))
