# Linear search: look at every item until you find what you want.


def find_first(items: list[str], target: str) -> int:
    # Return the index of the first match, or -1.
    ...


def find_all(items: list[str], target: str) -> list[int]:
    # Collect every index where items[index] == target.
    ...


def first_longer_than(words: list[str], length: int) -> str | None:
    ...


if __name__ == "__main__":
    shopping = ["tea", "milk", "bread", "milk"]
    print(find_first(shopping, "milk"))
    print(find_all(shopping, "milk"))
    print(first_longer_than(shopping, 4))
