# Selection sort: put the smallest remaining item in front, one position at a time.


def selection_sort(items: list[int]) -> int:
    swaps = 0
    # For each position i: find where the smallest item from i on is,
    # swap it into position i (only if it is not there already), count the swap.
    return swaps


if __name__ == "__main__":
    numbers = [29, 10, 14, 37, 13]
    print(selection_sort(numbers))
    print(numbers)
