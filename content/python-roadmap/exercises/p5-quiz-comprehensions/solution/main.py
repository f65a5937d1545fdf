def shout_long(words: list[str], length: int) -> list[str]:
    return [word.upper() for word in words if len(word) >= length]


def length_of(words: list[str]) -> dict[str, int]:
    return {word: len(word) for word in words}


def first_letters(words: list[str]) -> set[str]:
    return {word[0].lower() for word in words}


def table(n: int) -> list[list[int]]:
    return [[row * column for column in range(1, n + 1)] for row in range(1, n + 1)]
