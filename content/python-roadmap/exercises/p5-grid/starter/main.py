def make_grid(rows: int, cols: int, fill: str) -> list[list[str]]:
    ...


def transpose(grid: list[list[int]]) -> list[list[int]]:
    ...


def flatten(grid: list[list[int]]) -> list[int]:
    ...


def total_over(grid: list[list[int]], limit: int) -> int:
    ...


if __name__ == "__main__":
    board = make_grid(2, 3, ".")
    board[1][1] = "#"
    for row in board:
        print("".join(row))
    numbers = [[1, 2, 3], [4, 5, 6]]
    print(transpose(numbers))
    print(flatten(numbers))
    print(total_over(numbers, 3))
