# 0/1 knapsack with a table: the most value that fits, and which items give it.

Item = tuple[str, int, int]          # (name, weight, value)


def best_pack(items: list[Item], capacity: int) -> tuple[int, list[str]]:
    # best[i][c]: the most value from the first i items with c kg of room.
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i in range(1, len(items) + 1):
        _, weight, value = items[i - 1]
        for room in range(capacity + 1):
            best[i][room] = best[i - 1][room]
            if weight <= room and value + best[i - 1][room - weight] > best[i][room]:
                best[i][room] = value + best[i - 1][room - weight]
    names: list[str] = []
    room = capacity
    for i in range(len(items), 0, -1):
        if best[i][room] != best[i - 1][room]:
            name, weight, _ = items[i - 1]
            names.append(name)
            room -= weight
    names.reverse()
    return best[len(items)][capacity], names


if __name__ == "__main__":
    print(best_pack([("tent", 6, 30), ("stove", 3, 14), ("camera", 4, 16), ("book", 2, 9)], 10))
