# Backtracking: every set of coins that adds up to exactly the target.


def exact_change(coins: list[int], target: int) -> list[list[int]]:
    results: list[list[int]] = []
    chosen: list[int] = []

    def explore(start: int, total: int) -> None:
        # 1. total == target: record a COPY of chosen, and return.
        # 2. total > target: return (no point going deeper).
        # 3. otherwise, for each index i from start on:
        #      choose coins[i], explore(i + 1, new total), undo the choice.
        ...

    explore(0, 0)
    return results


if __name__ == "__main__":
    print(exact_change([1, 2, 3, 5], 5))
    print(exact_change([10, 20], 5))
