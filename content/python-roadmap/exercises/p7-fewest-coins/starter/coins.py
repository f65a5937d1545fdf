# The fewest coins that make an amount, with a table.
#
# best[a] means: ...
# best[a] is built from: ...
# first entry: ...


def fewest_coins(coins: list[int], amount: int) -> int:
    ...


if __name__ == "__main__":
    print(fewest_coins([1, 3, 4], 6))     # 2
    print(fewest_coins([5], 3))           # -1
