def make_grid(rows: int, cols: int, fill: str) -> list[list[str]]:
    ...


def transpose(grid: list[list[int]]) -> list[list[int]]:
    ...


def flatten(grid: list[list[int]]) -> list[int]:
    ...


def total_over(grid: list[list[int]], limit: int) -> int:
    ...


if __name__ == "__main__":
    numbers: list[list[int]] = []
    for _ in range(int(input())):
        row: list[int] = []
        for word in input().split():
            row.append(int(word))
        numbers.append(row)
    limit = int(input())
    board = make_grid(len(numbers), len(numbers[0]), ".")
    board[0][0] = "#"
    for line in board:
        print("".join(line))
    print(transpose(numbers))
    print(flatten(numbers))
    print(total_over(numbers, limit))
