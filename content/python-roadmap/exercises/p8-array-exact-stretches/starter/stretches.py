# Plan:
#   by hand:
#   the pattern:
#   steps:


def count_stretches(changes: list[int], goal: int) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(count_stretches([1, 2, 3, -3, 3], 3))    # 5
    print(count_stretches([0, 0, 0], 0))           # 6
