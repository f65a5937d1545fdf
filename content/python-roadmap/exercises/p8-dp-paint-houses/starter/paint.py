# Plan:
#   by hand:
#   smaller question:
#   steps:


def cheapest_paint(costs: list[tuple[int, int, int]]) -> int:
    # Replace this line with your plan, step by step.
    return sum(min(house) for house in costs)


if __name__ == "__main__":
    print(cheapest_paint([(17, 2, 17), (16, 16, 5), (14, 3, 19)]))    # 10
