def welcome(name: str) -> str:
    return f"Hello, {name}, welcome!"


if __name__ == "__main__":
    print(welcome(input()))
