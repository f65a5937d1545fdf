# Plan:
#   by hand:
#   steps:


def longest_streak(days: list[int]) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(longest_streak([5, 2, 99, 3, 4, 100, 3]))    # 4
