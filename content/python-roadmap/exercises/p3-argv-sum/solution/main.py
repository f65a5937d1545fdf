import sys


def total(args: list[str]) -> int:
    result = 0
    for arg in args:
        result += int(arg)
    return result


def main() -> None:
    args = sys.argv[1:]
    if not args:
        print("Usage: python3 main.py NUMBER...")
        sys.exit(1)
    print(f"Total: {total(args)}")


if __name__ == "__main__":
    main()
