def squares(numbers: list[int]) -> list[int]:
    return [n * n for n in numbers]


def shout_names(names: list[str]) -> list[str]:
    return [name.upper() for name in names]


def positive_evens(numbers: list[int]) -> list[int]:
    return [n for n in numbers if n > 0 and n % 2 == 0]


def labels(letters: str, count: int) -> list[str]:
    return [f"{letter}{i}" for letter in letters for i in range(1, count + 1)]


if __name__ == "__main__":
    numbers = [int(word) for word in input().split()]
    names = input().split()
    letters = input()
    count = int(input())
    print(squares(numbers))
    print(shout_names(names))
    print(positive_evens(numbers))
    print(labels(letters, count))
