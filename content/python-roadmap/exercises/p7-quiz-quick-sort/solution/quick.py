# Quick sort: split around a pivot, sort the parts, join them.


def quick_sort(items: list[int]) -> list[int]:
    if len(items) <= 1:
        return list(items)
    pivot = items[len(items) // 2]
    smaller = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    larger = [x for x in items if x > pivot]
    return quick_sort(smaller) + equal + quick_sort(larger)


if __name__ == "__main__":
    numbers = [5, 3, 8, 3, 1]
    print(quick_sort(numbers))
    print(numbers)
