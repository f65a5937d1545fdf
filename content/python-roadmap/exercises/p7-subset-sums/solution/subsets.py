# Backtracking: every set of coins that adds up to exactly the target.


def exact_change(coins: list[int], target: int) -> list[list[int]]:
    results: list[list[int]] = []
    chosen: list[int] = []

    def explore(start: int, total: int) -> None:
        if total == target:
            results.append(list(chosen))
            return
        if total > target:
            return
        for i in range(start, len(coins)):
            chosen.append(coins[i])
            explore(i + 1, total + coins[i])
            chosen.pop()

    explore(0, 0)
    return results


if __name__ == "__main__":
    print(exact_change([1, 2, 3, 5], 5))
    print(exact_change([10, 20], 5))
