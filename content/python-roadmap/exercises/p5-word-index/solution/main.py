def word_lengths(words: list[str]) -> dict[str, int]:
    return {word: len(word) for word in words}


def first_letters(words: list[str]) -> set[str]:
    return {word[0].lower() for word in words if word}


def invert(d: dict[str, int]) -> dict[int, str]:
    return {value: key for key, value in d.items()}


def long_word_lengths(text: str, minimum: int) -> dict[str, int]:
    return {word.lower(): len(word) for word in text.split() if len(word) >= minimum}


if __name__ == "__main__":
    text = input()
    minimum = int(input())
    words = text.split()
    print(word_lengths(words))
    print(sorted(first_letters(words)))
    print(invert(word_lengths(words)))
    print(long_word_lengths(text, minimum))
