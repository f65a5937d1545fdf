from typing import Optional


def parse_int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def find_price(prices: dict[str, float], item: str) -> Optional[float]:
    if item in prices:
        return prices[item]
    return None


def total_price(prices: dict[str, float], items: list[str]) -> float | None:
    total = 0.0
    for item in items:
        price = find_price(prices, item)
        if price is None:
            return None
        total += price
    return total


def show(value: int | float | str | None) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f"text: {value}"
    return f"number: {value}"


if __name__ == "__main__":
    prices = {"tea": 1.5, "water": 0.0, "bread": 2.25}
    print(parse_int(input()))
    item = input()
    print(show(item))
    print(show(find_price(prices, item)))
    print(total_price(prices, input().split()))
