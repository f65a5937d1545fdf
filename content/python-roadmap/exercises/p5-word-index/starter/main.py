def word_lengths(words: list[str]) -> dict[str, int]:
    return {}


def first_letters(words: list[str]) -> set[str]:
    return set()


def invert(d: dict[str, int]) -> dict[int, str]:
    return {}


def long_word_lengths(text: str, minimum: int) -> dict[str, int]:
    return {}


if __name__ == "__main__":
    text = input()
    minimum = int(input())
    words = text.split()
    print(word_lengths(words))
    print(sorted(first_letters(words)))
    print(invert(word_lengths(words)))
    print(long_word_lengths(text, minimum))
