from prices import average, total


def main() -> None:
    prices = [float(word) for word in input().split()]
    print("Total:", total(prices))
    print("Average:", average(prices))


if __name__ == "__main__":
    main()
