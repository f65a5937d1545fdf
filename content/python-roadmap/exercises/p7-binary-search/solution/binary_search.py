# Binary search: halve the part of a sorted list that can hold the target.


def binary_search(items: list[int], target: int) -> tuple[int, int]:
    low = 0
    high = len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        middle = (low + high) // 2
        if items[middle] == target:
            return middle, steps
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle - 1
    return -1, steps


if __name__ == "__main__":
    numbers = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
    print(binary_search(numbers, 23))
    print(binary_search(numbers, 7))
