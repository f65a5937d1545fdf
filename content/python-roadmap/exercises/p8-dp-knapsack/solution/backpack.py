# Plan:
#   by hand: 3 + 4 kilos give 9; greedy (5 kilos, then 1) gives only 8
#   smaller question: best[c] = most value within capacity c, with the items
#                     looked at so far
#   one more item changes it: best[c] = max(best[c], best[c - w] + v), with c
#                             walking down so that each item is used once


def best_value(items: list[tuple[int, int]], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
    return best[capacity]


if __name__ == "__main__":
    print(best_value([(1, 1), (3, 4), (4, 5), (5, 7)], 7))    # 9
