# Merge sort: split in halves, sort each half, merge the two sorted halves.


def merge(left: list[int], right: list[int]) -> list[int]:
    merged: list[int] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def merge_sort(items: list[int]) -> list[int]:
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    return merge(merge_sort(items[:middle]), merge_sort(items[middle:]))


if __name__ == "__main__":
    print(merge([1, 4, 9], [2, 3, 10]))
    print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
