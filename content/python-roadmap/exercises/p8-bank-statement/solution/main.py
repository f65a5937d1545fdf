# Plan:
#   jobs: read the opening balance; read each line; parse it (or skip it);
#         update the balance and notice going overdrawn; remember the largest
#         expense; print the summary
#   functions: parse_line, main
import sys


def parse_line(line: str) -> tuple[str, float, str]:
    parts = line.split(maxsplit=2)
    if len(parts) != 3:
        raise ValueError(f"expected date, amount and description: {line!r}")
    date, amount, description = parts
    return date, float(amount), description


def main(lines: list[str], balance: float) -> None:
    print(f"Start: {balance:.2f}")
    largest: tuple[float, str] | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            date, amount, description = parse_line(line)
        except ValueError:
            print(f"Skipped line {number}: {line}")
            continue
        before = balance
        balance += amount
        if before >= 0 > balance:
            print(f"{date} overdrawn: {balance:.2f}")
        if amount < 0 and (largest is None or -amount > largest[0]):
            largest = (-amount, description)
    print(f"End: {balance:.2f}")
    if largest is None:
        print("Largest expense: none")
    else:
        print(f"Largest expense: {largest[1]} ({largest[0]:.2f})")


opening = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
main(sys.stdin.read().splitlines(), opening)
