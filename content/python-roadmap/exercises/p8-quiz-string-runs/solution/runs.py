# Run-length coding: "aaab" <-> "a3b".


def squeeze(text: str) -> str:
    pieces: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        pieces.append(text[i] if run == 1 else f"{text[i]}{run}")
        i = j
    return "".join(pieces)


def expand(code: str) -> str:
    pieces: list[str] = []
    i = 0
    while i < len(code):
        letter = code[i]
        i += 1
        digits = ""
        while i < len(code) and code[i].isdigit():
            digits += code[i]
            i += 1
        pieces.append(letter * (int(digits) if digits else 1))
    return "".join(pieces)


if __name__ == "__main__":
    print(squeeze("aaabccddddd"))
    print(expand("a3bc2d5"))
