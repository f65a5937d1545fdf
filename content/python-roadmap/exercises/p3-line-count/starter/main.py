# def count(path: str) -> tuple[int, int]:
#     with open(path, encoding="utf-8") as file:


# def main() -> None:


if __name__ == "__main__":
    main()
