# The most pay from shifts, never on two days in a row.


def best_pay(pay: list[int]) -> int:
    # A table best[i]: the most you can earn on days 0..i.
    return 0


def best_days(pay: list[int]) -> list[int]:
    return []


if __name__ == "__main__":
    print(best_pay([5, 1, 2, 10, 6]))
    print(best_days([5, 1, 2, 10, 6]))
