def make_grid(rows: int, cols: int, fill: str) -> list[list[str]]:
    return [[fill for _ in range(cols)] for _ in range(rows)]


def transpose(grid: list[list[int]]) -> list[list[int]]:
    return [[row[c] for row in grid] for c in range(len(grid[0]))]


def flatten(grid: list[list[int]]) -> list[int]:
    return [n for row in grid for n in row]


def total_over(grid: list[list[int]], limit: int) -> int:
    return sum(n for row in grid for n in row if n > limit)


if __name__ == "__main__":
    board = make_grid(2, 3, ".")
    board[1][1] = "#"
    for row in board:
        print("".join(row))
    numbers = [[1, 2, 3], [4, 5, 6]]
    print(transpose(numbers))
    print(flatten(numbers))
    print(total_over(numbers, 3))
