from typing import Optional


def parse_int(text: str) -> int | None:
    ...


def find_price(prices: dict[str, float], item: str) -> Optional[float]:
    ...


def total_price(prices: dict[str, float], items: list[str]) -> float | None:
    # Use find_price, and test its result with `is None`.
    ...


def show(value: int | float | str | None) -> str:
    ...


if __name__ == "__main__":
    prices = {"tea": 1.5, "water": 0.0}
    print(parse_int(" 42 "))
    print(parse_int("forty-two"))
    print(show(find_price(prices, "tea")))
    print(show(find_price(prices, "cake")))
    print(show("hi"))
    print(total_price(prices, ["tea", "water"]))
    print(total_price(prices, ["tea", "cake"]))
