# The cheapest way from the top-left to the bottom-right, moving right or down.


def cheapest_path(grid: list[list[int]]) -> int:
    # Fill a table best[row][col]: the cheapest cost of reaching that cell.
    return 0


if __name__ == "__main__":
    print(cheapest_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]]))
