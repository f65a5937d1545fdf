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
    prices = {"tea": 1.5, "water": 0.0}
    print(parse_int(" 42 "))
    print(parse_int("forty-two"))
    print(show(find_price(prices, "tea")))
    print(show(find_price(prices, "cake")))
    print(show("hi"))
    print(total_price(prices, ["tea", "water"]))
    print(total_price(prices, ["tea", "cake"]))
