# 0/1 knapsack with a table: the most value that fits, and which items give it.

Item = tuple[str, int, int]          # (name, weight, value)


def best_pack(items: list[Item], capacity: int) -> tuple[int, list[str]]:
    # best[i][c]: the most value from the first i items with c kg of room.
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    # Fill the rows 1 .. len(items): leave item i, or take it if it fits.
    # Then walk back from best[len(items)][capacity] to find the items taken.
    return 0, []


if __name__ == "__main__":
    print(best_pack([("tent", 6, 30), ("stove", 3, 14), ("camera", 4, 16), ("book", 2, 9)], 10))
