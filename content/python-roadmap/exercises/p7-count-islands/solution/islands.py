# Islands on a map: depth-first search over a grid.

SEA = [
    "##...#",
    "#...##",
    "..#...",
    "......",
]


def island_sizes(grid: list[str]) -> list[int]:
    seen: set[tuple[int, int]] = set()
    sizes: list[int] = []
    for row in range(len(grid)):
        for col in range(len(grid[row])):
            if grid[row][col] != "#" or (row, col) in seen:
                continue
            seen.add((row, col))
            stack = [(row, col)]
            size = 0
            while stack:
                r, c = stack.pop()
                size += 1
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) \
                            and grid[nr][nc] == "#" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            sizes.append(size)
    return sorted(sizes, reverse=True)


def count_islands(grid: list[str]) -> int:
    return len(island_sizes(grid))


if __name__ == "__main__":
    print(island_sizes(SEA))
    print(count_islands(SEA))
