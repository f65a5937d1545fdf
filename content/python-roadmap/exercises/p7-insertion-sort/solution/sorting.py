# Insertion sort: grow a sorted part on the left, one item at a time.


def insertion_sort(items: list[int]) -> list[int]:
    result = list(items)
    for i in range(1, len(result)):
        current = result[i]
        j = i - 1
        while j >= 0 and result[j] > current:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = current
    return result


if __name__ == "__main__":
    print(insertion_sort([5, 2, 9, 1, 5, 6]))
