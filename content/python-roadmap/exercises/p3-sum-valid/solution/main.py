def total(lines: list[str]) -> tuple[float, int]:
    amount = 0.0
    bad = 0
    for line in lines:
        try:
            amount += float(line)
        except ValueError:
            bad += 1
    return amount, bad


count = int(input())
lines: list[str] = []
for _ in range(count):
    lines.append(input())
amount, skipped = total(lines)
print(f"Total: {amount}, skipped {skipped} lines")
