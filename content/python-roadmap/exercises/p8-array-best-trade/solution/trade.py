# Plan:
#   by hand: buy at 1, sell at 6: profit 5; 7 comes before 1, so no
#   awkward cases: prices only fall -> 0; no days or one day -> 0
#   steps: walk the days once; keep the lowest price so far and the best
#          profit so far; selling today earns today - lowest so far


def best_trade(prices: list[int]) -> int:
    best = 0
    lowest: int | None = None
    for price in prices:
        if lowest is not None and price - lowest > best:
            best = price - lowest
        if lowest is None or price < lowest:
            lowest = price
    return best


if __name__ == "__main__":
    print(best_trade([7, 1, 5, 3, 6, 4]))    # 5
    print(best_trade([9, 7, 4, 1]))          # 0
