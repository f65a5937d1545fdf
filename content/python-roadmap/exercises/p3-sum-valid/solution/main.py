def total(lines: list[str]) -> tuple[float, int]:
    amount = 0.0
    bad = 0
    for line in lines:
        try:
            amount += float(line)
        except ValueError:
            bad += 1
    return amount, bad


amount, skipped = total(["2.5", "oops", "4", ""])
print(f"Total: {amount}, skipped {skipped} lines")
