# Insertion sort: grow a sorted part on the left, one item at a time.


def insertion_sort(items: list[int]) -> list[int]:
    # 1. Make a copy, so the caller's list stays as it was.
    # 2. For each index i from 1 to the end:
    #      keep result[i] in `current`,
    #      move every bigger item on its left one place to the right,
    #      put `current` into the gap.
    # 3. Return the copy.
    ...


if __name__ == "__main__":
    print(insertion_sort([5, 2, 9, 1, 5, 6]))
