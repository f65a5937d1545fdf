# Plan:
#   jobs:
#   functions:
import sys


def parse_line(line: str) -> tuple[str, float, str]:
    # "2024-03-01 +1500.00 Salary" -> ("2024-03-01", 1500.0, "Salary")
    ...


balance = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
print(f"Start: {balance:.2f}")
