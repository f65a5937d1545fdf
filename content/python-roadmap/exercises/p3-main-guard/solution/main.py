def greeting(name: str) -> str:
    return f"Hello, {name}!"


def main() -> None:
    name = input()
    print(greeting(name))


if __name__ == "__main__":
    main()
