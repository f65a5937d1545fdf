# The cheapest way from the top-left to the bottom-right, moving right or down.


def cheapest_path(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                best[r][c] = grid[r][c]
            elif r == 0:
                best[r][c] = best[r][c - 1] + grid[r][c]
            elif c == 0:
                best[r][c] = best[r - 1][c] + grid[r][c]
            else:
                best[r][c] = min(best[r - 1][c], best[r][c - 1]) + grid[r][c]
    return best[rows - 1][cols - 1]


if __name__ == "__main__":
    print(cheapest_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]]))
