# Every balanced string of n bracket pairs, by backtracking.


def balanced(n: int) -> list[str]:
    found: list[str] = []

    def extend(start: str, opened: int, closed: int) -> None:
        if len(start) == 2 * n:
            found.append(start)
            return
        if opened < n:
            extend(start + "(", opened + 1, closed)
        if closed < opened:
            extend(start + ")", opened, closed + 1)

    extend("", 0, 0)
    return found


if __name__ == "__main__":
    print(balanced(3))
