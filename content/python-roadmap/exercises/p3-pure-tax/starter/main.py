taxed: list[float] = []


def add_tax(amounts: list[float], rate: float) -> None:
    """Add tax to every amount: a rate of 0.2 means 20%."""
    for amount in amounts:
        price = round(amount * (1 + rate), 2)
        taxed.append(price)
        print("With tax:", price)


add_tax([10.0, 2.5], 0.2)
print(taxed)
