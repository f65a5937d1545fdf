# Binary search: halve the part of a sorted list that can hold the target.


def binary_search(items: list[int], target: int) -> tuple[int, int]:
    low = 0
    high = len(items) - 1
    steps = 0
    # While there is still something between low and high:
    #   count a step, look at the middle item,
    #   return (middle, steps) if it is the target,
    #   otherwise move low or high past the middle.
    return -1, steps


if __name__ == "__main__":
    numbers = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
    print(binary_search(numbers, 23))
    print(binary_search(numbers, 7))
