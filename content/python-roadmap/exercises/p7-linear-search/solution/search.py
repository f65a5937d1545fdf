# Linear search: look at every item until you find what you want.


def find_first(items: list[str], target: str) -> int:
    for index, item in enumerate(items):
        if item == target:
            return index
    return -1


def find_all(items: list[str], target: str) -> list[int]:
    found: list[int] = []
    for index, item in enumerate(items):
        if item == target:
            found.append(index)
    return found


def first_longer_than(words: list[str], length: int) -> str | None:
    for word in words:
        if len(word) > length:
            return word
    return None


if __name__ == "__main__":
    shopping = ["tea", "milk", "bread", "milk"]
    print(find_first(shopping, "milk"))
    print(find_all(shopping, "milk"))
    print(first_longer_than(shopping, 4))
