# Backtracking: every seating order that keeps two guests apart.


def seatings(guests: list[str], apart: tuple[str, str]) -> list[list[str]]:
    plans: list[list[str]] = []
    row: list[str] = []
    used = [False] * len(guests)

    def seat() -> None:
        if len(row) == len(guests):
            plans.append(list(row))
            return
        for i in range(len(guests)):
            if used[i]:
                continue
            if row and {row[-1], guests[i]} == set(apart):
                continue
            used[i] = True
            row.append(guests[i])
            seat()
            row.pop()
            used[i] = False

    seat()
    return plans


if __name__ == "__main__":
    print(seatings(["Ann", "Ben", "Cat"], ("Ann", "Ben")))
