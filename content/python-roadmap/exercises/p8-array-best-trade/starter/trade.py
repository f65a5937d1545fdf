# Plan:
#   by hand:
#   awkward cases:
#   steps:


def best_trade(prices: list[int]) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(best_trade([7, 1, 5, 3, 6, 4]))    # 5
    print(best_trade([9, 7, 4, 1]))          # 0
