def welcome(name: str) -> str:
    return "Hi " + name


if __name__ == "__main__":
    print(welcome(input()))
