# Merge sort: split in halves, sort each half, merge the two sorted halves.


def merge(left: list[int], right: list[int]) -> list[int]:
    # Walk both lists with two positions, i and j.
    # Always take the smaller front item; when one list runs out,
    # add what is left of the other.
    ...


def merge_sort(items: list[int]) -> list[int]:
    # Stopping case: 0 or 1 items.
    # Otherwise: split at the middle, merge_sort each half, merge them.
    ...


if __name__ == "__main__":
    print(merge([1, 4, 9], [2, 3, 10]))
    print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
