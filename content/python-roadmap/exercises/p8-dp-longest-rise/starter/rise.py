# Plan:
#   by hand:
#   smaller question:
#   steps:


def longest_rise(heights: list[int]) -> int:
    # Replace this line with your plan, step by step.
    return len(heights)


if __name__ == "__main__":
    print(longest_rise([10, 9, 2, 5, 3, 7, 101, 18]))    # 4
