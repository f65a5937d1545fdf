# Greedy change, and a test of whether greedy is good enough.


def make_change(amount: int, coins: list[int]) -> list[int]:
    used: list[int] = []
    for coin in sorted(coins, reverse=True):
        while amount >= coin:
            used.append(coin)
            amount -= coin
    return used


def greedy_is_optimal(coins: list[int], limit: int) -> bool:
    best = [0] + [limit + 1] * limit
    for amount in range(1, limit + 1):
        for coin in coins:
            if coin <= amount:
                best[amount] = min(best[amount], best[amount - coin] + 1)
        if len(make_change(amount, coins)) > best[amount]:
            return False
    return True


if __name__ == "__main__":
    print(make_change(88, [1, 2, 5, 10, 20, 50]))
    print(make_change(6, [1, 3, 4]))
    print(greedy_is_optimal([1, 3, 4], 20))
