# The best single buy-then-sell trade.


def best_trade(prices: list[int]) -> tuple[int, int, int] | None:
    # One walk through the prices: what must you remember from the days before?
    return None


if __name__ == "__main__":
    print(best_trade([7, 1, 5, 3, 6, 4]))
    print(best_trade([9, 7, 4, 1]))
