from prices import total


def main() -> None:
    prices = [float(word) for word in input().split()]
    print(total(prices))


if __name__ == "__main__":
    main()
