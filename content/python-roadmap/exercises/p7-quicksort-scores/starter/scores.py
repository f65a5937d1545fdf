# Quicksort, highest first: place a pivot, then sort each side the same way.


def partition(scores: list[int], low: int, high: int) -> int:
    # The pivot is the middle item of scores[low..high].
    # Bigger scores go to its left, smaller ones to its right.
    # Return the position where the pivot ends up.
    return low


def quicksort(scores: list[int], low: int, high: int) -> None:
    # Fewer than 2 scores: nothing to do.
    # Otherwise: partition, then quicksort each side of the pivot.
    pass


if __name__ == "__main__":
    scores = [40, 95, 60, 10, 75]
    quicksort(scores, 0, len(scores) - 1)
    print(scores)
