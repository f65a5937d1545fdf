from prices import total


def main() -> None:
    prices = [2.5, 4.0, 1.5, 2.0]
    print(total(prices))


if __name__ == "__main__":
    main()
