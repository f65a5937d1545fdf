# Greedy change, and a test of whether greedy is good enough.


def make_change(amount: int, coins: list[int]) -> list[int]:
    used: list[int] = []
    # Biggest coin first; take it while it fits.
    return used


def greedy_is_optimal(coins: list[int], limit: int) -> bool:
    # 1. With a DP table, find the fewest coins for every amount 0..limit.
    # 2. Compare with len(make_change(amount, coins)) for each amount.
    ...


if __name__ == "__main__":
    print(make_change(88, [1, 2, 5, 10, 20, 50]))
    print(make_change(6, [1, 3, 4]))
    print(greedy_is_optimal([1, 3, 4], 20))
