# Plan:
#   by hand: rows 2-4, columns 1-3 are free; every 4 x 4 hits a shed
#   smaller question about one plot: the biggest free square whose
#                                    bottom-right corner it is
#   steps: side = 1 + min(above, left, up-left) for a free plot, 0 for a
#          shed; a border of zeros saves checking the edges; keep the largest


def largest_square(plots: list[str]) -> int:
    if not plots:
        return 0
    rows, cols = len(plots), len(plots[0])
    side = [[0] * (cols + 1) for _ in range(rows + 1)]
    best = 0
    for r in range(rows):
        for c in range(cols):
            if plots[r][c] == ".":
                side[r + 1][c + 1] = 1 + min(side[r][c + 1], side[r + 1][c], side[r][c])
                best = max(best, side[r + 1][c + 1])
    return best


if __name__ == "__main__":
    print(largest_square(["..#....",
                          "...#...",
                          "....###",
                          ".....#.",
                          "#....##"]))    # 3
