# Plan:
#   to_roman:
#   from_roman:
#   validation:


def to_roman(number: int) -> str:
    ...


def from_roman(text: str) -> int:
    ...


if __name__ == "__main__":
    print(to_roman(1994))
    print(from_roman("MCMXCIV"))
