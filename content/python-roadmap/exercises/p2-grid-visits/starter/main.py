count = int(input())
visits: dict[tuple[int, int], int] = {}
# For each of the next `count` lines: read "row col",
# make the tuple (row, col) and add 1 to its count in visits.

# Then print every cell with its count, and how many different cells.
