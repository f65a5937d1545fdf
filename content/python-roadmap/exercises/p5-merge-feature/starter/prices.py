def total(prices: list[float]) -> float:
    """Gives back the sum of the prices."""
    return sum(prices)
