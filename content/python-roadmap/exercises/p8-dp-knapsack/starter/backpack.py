# Plan:
#   by hand:
#   smaller question:
#   one more item changes it:


def best_value(items: list[tuple[int, int]], capacity: int) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(best_value([(1, 1), (3, 4), (4, 5), (5, 7)], 7))    # 9
