# The fewest coins that make an amount, with a table.
#
# best[a] means: the fewest coins that make the amount a
# best[a] is built from: best[a - c] + 1, for the best coin c
# first entry: best[0] = 0


def fewest_coins(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    best = [0] + [impossible] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return best[amount] if best[amount] != impossible else -1


if __name__ == "__main__":
    print(fewest_coins([1, 3, 4], 6))     # 2
    print(fewest_coins([5], 3))           # -1
