# Backtracking: every board of n queens where no two attack each other.


def queen_boards(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    cols: list[int] = []               # cols[r]: the column of the queen in row r

    def place(row: int) -> None:
        # 1. row == n: every row has a queen. Draw the board, record it, return.
        # 2. Otherwise, for each column: skip it if a queen above attacks it;
        #    else choose it, place(row + 1), and undo the choice.
        ...

    place(0)
    return boards


if __name__ == "__main__":
    for board in queen_boards(4):
        print(board)
