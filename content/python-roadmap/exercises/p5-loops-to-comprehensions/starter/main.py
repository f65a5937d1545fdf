def squares(numbers: list[int]) -> list[int]:
    result = []
    for n in numbers:
        result.append(n * n)
    return result


def shout_names(names: list[str]) -> list[str]:
    result = []
    for name in names:
        result.append(name.upper())
    return result


def positive_evens(numbers: list[int]) -> list[int]:
    result = []
    for n in numbers:
        if n > 0 and n % 2 == 0:
            result.append(n)
    return result


def labels(letters: str, count: int) -> list[str]:
    result = []
    for letter in letters:
        for i in range(1, count + 1):
            result.append(f"{letter}{i}")
    return result


if __name__ == "__main__":
    numbers = [int(word) for word in input().split()]
    names = input().split()
    letters = input()
    count = int(input())
    print(squares(numbers))
    print(shout_names(names))
    print(positive_evens(numbers))
    print(labels(letters, count))
