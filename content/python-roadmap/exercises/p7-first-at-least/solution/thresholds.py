# The first position whose item is >= target, by binary search.


def first_at_least(items: list[int], target: int) -> int:
    low = 0
    high = len(items)   # one past the end: "everything is smaller" is a possible answer
    while low < high:
        middle = (low + high) // 2
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def count_passing(scores: list[int], mark: int) -> int:
    return len(scores) - first_at_least(scores, mark)


if __name__ == "__main__":
    print(first_at_least([10, 20, 20, 30], 20))
    print(count_passing([35, 48, 50, 50, 71, 90], 50))
