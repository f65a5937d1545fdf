def squares(numbers: list[int]) -> list[int]:
    return [n * n for n in numbers]


def shout_names(names: list[str]) -> list[str]:
    return [name.upper() for name in names]


def positive_evens(numbers: list[int]) -> list[int]:
    return [n for n in numbers if n > 0 and n % 2 == 0]


def labels(letters: str, count: int) -> list[str]:
    return [f"{letter}{i}" for letter in letters for i in range(1, count + 1)]


if __name__ == "__main__":
    print(squares([1, 2, 3, 4]))
    print(shout_names(["Ada", "Grace"]))
    print(positive_evens([-2, 1, 2, 3, 4]))
    print(labels("ab", 2))
