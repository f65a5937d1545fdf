# Quicksort, highest first: place a pivot, then sort each side the same way.


def partition(scores: list[int], low: int, high: int) -> int:
    middle = (low + high) // 2
    scores[middle], scores[high] = scores[high], scores[middle]
    pivot = scores[high]
    store = low
    for i in range(low, high):
        if scores[i] > pivot:
            scores[i], scores[store] = scores[store], scores[i]
            store += 1
    scores[store], scores[high] = scores[high], scores[store]
    return store


def quicksort(scores: list[int], low: int, high: int) -> None:
    if low >= high:
        return
    place = partition(scores, low, high)
    quicksort(scores, low, place - 1)
    quicksort(scores, place + 1, high)


if __name__ == "__main__":
    scores = [40, 95, 60, 10, 75]
    quicksort(scores, 0, len(scores) - 1)
    print(scores)
