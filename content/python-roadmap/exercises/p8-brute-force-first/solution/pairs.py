# Plan:
#   by hand: [3, 1, 4, 1, 5], target 5: the first 1 with the 4, and the 4
#   with the second 1 -> 2 pairs.
#   slow: every pair of positions i < j, count the ones that add up to target.
#   fast: walk once; for each number, the partners seen before it are
#   seen[target - number]; then add the number to seen.


def slow_pair_count(numbers: list[int], target: int) -> int:
    count = 0
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                count += 1
    return count


def fast_pair_count(numbers: list[int], target: int) -> int:
    seen: dict[int, int] = {}
    count = 0
    for number in numbers:
        count += seen.get(target - number, 0)
        seen[number] = seen.get(number, 0) + 1
    return count


if __name__ == "__main__":
    print(slow_pair_count([3, 1, 4, 1, 5], 5))    # 2
    print(fast_pair_count([3, 1, 4, 1, 5], 5))    # 2
