# Backtracking: every board of n queens where no two attack each other.


def queen_boards(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    cols: list[int] = []               # cols[r]: the column of the queen in row r

    def attacked(row: int, col: int) -> bool:
        for r in range(row):
            if cols[r] == col or abs(cols[r] - col) == row - r:
                return True
        return False

    def place(row: int) -> None:
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
            return
        for col in range(n):
            if attacked(row, col):
                continue
            cols.append(col)
            place(row + 1)
            cols.pop()

    place(0)
    return boards


if __name__ == "__main__":
    for board in queen_boards(4):
        print(board)
