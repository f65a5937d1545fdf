# The best single buy-then-sell trade: one walk, remembering the cheapest day so far.


def best_trade(prices: list[int]) -> tuple[int, int, int] | None:
    best: tuple[int, int, int] | None = None
    cheapest_day = 0
    for day in range(1, len(prices)):
        profit = prices[day] - prices[cheapest_day]
        if profit > 0 and (best is None or profit > best[2]):
            best = (cheapest_day, day, profit)
        if prices[day] < prices[cheapest_day]:
            cheapest_day = day
    return best


if __name__ == "__main__":
    print(best_trade([7, 1, 5, 3, 6, 4]))
    print(best_trade([9, 7, 4, 1]))
