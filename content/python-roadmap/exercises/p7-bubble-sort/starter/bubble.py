# Bubble sort: swap neighbours that are out of order, pass after pass.


def bubble_sort(people: list[tuple[str, int]]) -> list[tuple[str, int]]:
    result = list(people)            # a copy: leave the caller's list alone
    # Pass after pass: compare each pair of neighbours by age (index 1)
    # and swap them when the left one is older.
    # Stop after a pass that made no swap.
    return result


if __name__ == "__main__":
    print(bubble_sort([("Ada", 36), ("Bob", 30), ("Cy", 25), ("Dee", 30)]))
