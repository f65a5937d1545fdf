# Every balanced string of n bracket pairs, by backtracking.


def balanced(n: int) -> list[str]:
    found: list[str] = []
    # A helper that extends a start by one bracket at a time would help here.
    return found


if __name__ == "__main__":
    print(balanced(3))
