import heapq

# Plan:
#   by hand:
#   the next cable:
#   finding it quickly:


def cheapest_network(houses: int, cables: list[tuple[int, int, int]]) -> int:
    # Replace this line with your plan, step by step.
    return sum(cost for a, b, cost in cables)


if __name__ == "__main__":
    print(cheapest_network(4, [(0, 1, 4), (1, 2, 2), (0, 2, 1), (2, 3, 7), (1, 3, 3)]))    # 6
