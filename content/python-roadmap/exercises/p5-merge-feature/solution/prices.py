def total(prices: list[float]) -> float:
    """Gives back the sum of the prices."""
    return sum(prices)


def average(prices: list[float]) -> float:
    """Gives back the average of the prices, 0.0 when there are none."""
    if not prices:
        return 0.0
    return total(prices) / len(prices)
