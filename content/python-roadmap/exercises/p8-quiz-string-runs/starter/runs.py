# Run-length coding: "aaab" <-> "a3b".


def squeeze(text: str) -> str:
    return text


def expand(code: str) -> str:
    return code


if __name__ == "__main__":
    print(squeeze("aaabccddddd"))
    print(expand("a3bc2d5"))
