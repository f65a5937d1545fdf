def word_lengths(words: list[str]) -> dict[str, int]:
    return {}


def first_letters(words: list[str]) -> set[str]:
    return set()


def invert(d: dict[str, int]) -> dict[int, str]:
    return {}


def long_word_lengths(text: str, minimum: int) -> dict[str, int]:
    return {}


if __name__ == "__main__":
    print(word_lengths(["owl", "otter", "Bee"]))
    print(sorted(first_letters(["owl", "otter", "Bee", ""])))
    print(invert({"owl": 3, "otter": 5}))
    print(long_word_lengths("The quick brown fox jumps", 5))
