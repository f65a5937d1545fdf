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
    # For every land cell not seen yet: explore its island with a stack,
    # count the cells, add the count to sizes.
    return sizes


def count_islands(grid: list[str]) -> int:
    ...


if __name__ == "__main__":
    print(island_sizes(SEA))
    print(count_islands(SEA))
