import csv


def totals_by_category(path: str) -> dict[str, float]:
    totals: dict[str, float] = {}
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            category = row["category"]
            totals[category] = totals.get(category, 0.0) + float(row["amount"])
    return totals


def main() -> None:
    path = input()
    totals = totals_by_category(path)
    for category in sorted(totals):
        print(f"{category}: {totals[category]:.2f}")


if __name__ == "__main__":
    main()
