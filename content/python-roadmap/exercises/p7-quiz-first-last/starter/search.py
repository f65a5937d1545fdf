# First and last index of a value in a sorted list, by binary search.


def first_last(items: list[int], target: int) -> tuple[int, int]:
    # Too slow: this reads every item. Use binary search instead.
    first = -1
    last = -1
    i = 0
    while i < len(items):
        if items[i] == target and first == -1:
            first = i
        i += 1
    return (first, last)


if __name__ == "__main__":
    print(first_last([1, 3, 3, 3, 5, 8], 3))
    print(first_last([1, 3, 3, 3, 5, 8], 4))
