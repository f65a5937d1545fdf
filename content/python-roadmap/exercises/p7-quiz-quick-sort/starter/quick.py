# Quick sort: split around a pivot, sort the parts, join them.


def quick_sort(items: list[int]) -> list[int]:
    # Base case first. Then a pivot, three lists, and two recursive calls.
    return items


if __name__ == "__main__":
    numbers = [5, 3, 8, 3, 1]
    print(quick_sort(numbers))
    print(numbers)
