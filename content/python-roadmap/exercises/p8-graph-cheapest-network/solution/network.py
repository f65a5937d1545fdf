import heapq

# Plan:
#   by hand: 0-2 (1), 1-2 (2), 1-3 (3); 0-1 is skipped, 0 and 1 are joined
#   the next cable: the cheapest one that reaches a house not joined yet
#   finding it quickly: a heap of (cost, house) for the cables leaving the
#                       joined houses; skip houses that are joined already


def cheapest_network(houses: int, cables: list[tuple[int, int, int]]) -> int:
    if houses <= 1:
        return 0
    near: dict[int, list[tuple[int, int]]] = {house: [] for house in range(houses)}
    for a, b, cost in cables:
        near[a].append((cost, b))
        near[b].append((cost, a))
    joined = {0}
    heap = list(near[0])
    heapq.heapify(heap)
    total = 0
    while heap and len(joined) < houses:
        cost, house = heapq.heappop(heap)
        if house in joined:
            continue
        joined.add(house)
        total += cost
        for candidate in near[house]:
            if candidate[1] not in joined:
                heapq.heappush(heap, candidate)
    return total if len(joined) == houses else -1


if __name__ == "__main__":
    print(cheapest_network(4, [(0, 1, 4), (1, 2, 2), (0, 2, 1), (2, 3, 7), (1, 3, 3)]))    # 6
