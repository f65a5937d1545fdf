# Greedy room scheduling: the meeting that ends first leaves the most room.

Meeting = tuple[int, int]


def schedule(meetings: list[Meeting]) -> list[Meeting]:
    kept: list[Meeting] = []
    # Sort by the right thing, then keep each meeting that fits.
    return kept


if __name__ == "__main__":
    print(schedule([(9, 12), (10, 11), (11, 13), (13, 14)]))
