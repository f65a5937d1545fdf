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
    prices = {"tea": 1.5, "water": 0.0, "bread": 2.25}
    print(parse_int(input()))
    item = input()
    print(show(item))
    print(show(find_price(prices, item)))
    print(total_price(prices, input().split()))
