from prices import average, total


def main() -> None:
    prices = [2.5, 4.0, 1.5, 2.0]
    print("Total:", total(prices))
    print("Average:", average(prices))


if __name__ == "__main__":
    main()
