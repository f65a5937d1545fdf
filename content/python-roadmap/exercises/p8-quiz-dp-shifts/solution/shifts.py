# The most pay from shifts, never on two days in a row.


def table(pay: list[int]) -> list[int]:
    """best[i]: the most you can earn on days 0..i."""
    best: list[int] = []
    for i, amount in enumerate(pay):
        if i == 0:
            best.append(amount)
        elif i == 1:
            best.append(max(best[0], amount))
        else:
            best.append(max(best[i - 1], amount + best[i - 2]))
    return best


def best_pay(pay: list[int]) -> int:
    best = table(pay)
    return best[-1] if best else 0


def best_days(pay: list[int]) -> list[int]:
    best = table(pay)
    days: list[int] = []
    i = len(pay) - 1
    while i >= 0:
        before = best[i - 2] if i >= 2 else 0
        if pay[i] + before == best[i]:
            days.append(i)
            i -= 2
        else:
            i -= 1
    days.reverse()
    return days


if __name__ == "__main__":
    print(best_pay([5, 1, 2, 10, 6]))
    print(best_days([5, 1, 2, 10, 6]))
