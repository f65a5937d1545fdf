import sys

# def total(args: list[str]) -> int:


# def main() -> None:
#     the numbers are sys.argv[1:]


if __name__ == "__main__":
    main()
