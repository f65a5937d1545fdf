# Plan:
#   by hand: kkkkppk -> k4 p2 k; twelve p -> p12; k4p2k -> kkkk pp k
#   compress steps: walk the letters, count the current run; when the letter
#                   changes or the row ends, write the letter and (if > 1) the count
#   expand steps: walk the code; a letter starts a new run; digits after it
#                 build its count; write each run when the next letter comes


def compress(text: str) -> str:
    pieces: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        pieces.append(text[i] if run == 1 else text[i] + str(run))
        i = j
    return "".join(pieces)


def expand(code: str) -> str:
    pieces: list[str] = []
    i = 0
    while i < len(code):
        letter = code[i]
        j = i + 1
        while j < len(code) and code[j].isdigit():
            j += 1
        count = int(code[i + 1:j]) if j > i + 1 else 1
        pieces.append(letter * count)
        i = j
    return "".join(pieces)


if __name__ == "__main__":
    print(compress("kkkkppk"))         # k4p2k
    print(expand("k4p2k"))             # kkkkppk
    print(compress("pppppppppppp"))    # p12
