# Plan:
#   by hand: [1, 2], [3], [1, 2, 3, -3], [3, -3, 3], [3]; for [0, 0, 0] all six
#            stretches add up to 0
#   the pattern: prefix sums; a stretch adds up to total_now - total_before
#   steps: walk once with a running total; a dict counts how often each total
#          has appeared (0 once, before any day); add the count of total - goal


def count_stretches(changes: list[int], goal: int) -> int:
    seen: dict[int, int] = {0: 1}
    total = 0
    found = 0
    for change in changes:
        total += change
        found += seen.get(total - goal, 0)
        seen[total] = seen.get(total, 0) + 1
    return found


if __name__ == "__main__":
    print(count_stretches([1, 2, 3, -3, 3], 3))    # 5
    print(count_stretches([0, 0, 0], 0))           # 6
