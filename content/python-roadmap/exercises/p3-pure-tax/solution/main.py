def add_tax(amounts: list[float], rate: float) -> list[float]:
    """Return a new list: every amount with tax, a rate of 0.2 meaning 20%."""
    result: list[float] = []
    for amount in amounts:
        result.append(round(amount * (1 + rate), 2))
    return result


print(add_tax([10.0, 2.5], 0.2))
