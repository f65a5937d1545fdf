# Backtracking: every seating order that keeps two guests apart.


def seatings(guests: list[str], apart: tuple[str, str]) -> list[list[str]]:
    plans: list[list[str]] = []
    row: list[str] = []
    used = [False] * len(guests)

    def seat() -> None:
        # 1. Everyone seated: record a COPY of row, and return.
        # 2. Otherwise, for each guest not used yet:
        #      skip them if they and row[-1] are the pair in apart;
        #      choose them, seat() the rest, then undo the choice.
        ...

    seat()
    return plans


if __name__ == "__main__":
    print(seatings(["Ann", "Ben", "Cat"], ("Ann", "Ben")))
