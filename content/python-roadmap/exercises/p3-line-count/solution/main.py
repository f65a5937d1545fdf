def count(path: str) -> tuple[int, int]:
    lines = 0
    words = 0
    with open(path, encoding="utf-8") as file:
        for line in file:
            lines += 1
            words += len(line.split())
    return lines, words


def main() -> None:
    path = input()
    lines, words = count(path)
    print(f"Lines: {lines}")
    print(f"Words: {words}")


if __name__ == "__main__":
    main()
