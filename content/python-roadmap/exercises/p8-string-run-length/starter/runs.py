# Plan:
#   by hand:
#   compress steps:
#   expand steps:


def compress(text: str) -> str:
    # Replace this line with your plan, step by step.
    return text


def expand(code: str) -> str:
    # Replace this line with your plan, step by step.
    return code


if __name__ == "__main__":
    print(compress("kkkkppk"))         # k4p2k
    print(expand("k4p2k"))             # kkkkppk
    print(compress("pppppppppppp"))    # p12
