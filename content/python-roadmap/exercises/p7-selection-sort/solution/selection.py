# Selection sort: put the smallest remaining item in front, one position at a time.


def selection_sort(items: list[int]) -> int:
    swaps = 0
    for i in range(len(items) - 1):
        smallest = i
        for j in range(i + 1, len(items)):
            if items[j] < items[smallest]:
                smallest = j
        if smallest != i:
            items[i], items[smallest] = items[smallest], items[i]
            swaps += 1
    return swaps


if __name__ == "__main__":
    numbers = [29, 10, 14, 37, 13]
    print(selection_sort(numbers))
    print(numbers)
