count = int(input())
visits: dict[tuple[int, int], int] = {}
for _ in range(count):
    row_text, col_text = input().split()
    cell = (int(row_text), int(col_text))
    visits[cell] = visits.get(cell, 0) + 1

for cell, times in visits.items():
    print(f"{cell}: {times}")
print(f"Different cells: {len(visits)}")
