def price(n: int) -> int:
    return n * 2
