# Greedy room scheduling: the meeting that ends first leaves the most room.

Meeting = tuple[int, int]


def schedule(meetings: list[Meeting]) -> list[Meeting]:
    kept: list[Meeting] = []
    free_from = 0
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if start >= free_from:
            kept.append((start, end))
            free_from = end
    return kept


if __name__ == "__main__":
    print(schedule([(9, 12), (10, 11), (11, 13), (13, 14)]))
