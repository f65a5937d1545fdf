# Plan:
#   the water above one column depends on:
#   steps:


def trapped_water(heights: list[int]) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(trapped_water([3, 0, 2, 0, 4]))    # 7
