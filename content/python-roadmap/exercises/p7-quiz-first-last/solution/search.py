# First and last index of a value in a sorted list, by binary search.


def first_at_least(items: list[int], target: int) -> int:
    """The first index whose item is >= target (len(items) if there is none)."""
    low = 0
    high = len(items)
    while low < high:
        middle = (low + high) // 2
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def first_last(items: list[int], target: int) -> tuple[int, int]:
    first = first_at_least(items, target)
    if first == len(items) or items[first] != target:
        return (-1, -1)
    return (first, first_at_least(items, target + 1) - 1)


if __name__ == "__main__":
    print(first_last([1, 3, 3, 3, 5, 8], 3))
    print(first_last([1, 3, 3, 3, 5, 8], 4))
