# Plan:
#   to_roman: greedy, like coins; the table includes the subtractive pairs
#   from_roman: add each value; subtract it if the next letter is worth more
#   validation: the result must convert back to exactly the same text

NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number: int) -> str:
    if not 1 <= number <= 3999:
        raise ValueError(f"{number} cannot be written in Roman numerals")
    parts: list[str] = []
    for value, letters in NUMERALS:
        while number >= value:
            parts.append(letters)
            number -= value
    return "".join(parts)


def from_roman(text: str) -> int:
    if not text or any(char not in VALUES for char in text):
        raise ValueError(f"{text!r} is not a Roman numeral")
    total = 0
    for i, char in enumerate(text):
        value = VALUES[char]
        if i + 1 < len(text) and VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
    if not 1 <= total <= 3999 or to_roman(total) != text:
        raise ValueError(f"{text!r} is not a Roman numeral in standard form")
    return total


if __name__ == "__main__":
    print(to_roman(1994))
    print(from_roman("MCMXCIV"))
