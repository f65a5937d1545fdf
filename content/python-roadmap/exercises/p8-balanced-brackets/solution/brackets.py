# Plan:
#   understand: the index of the first bracket that does not match, or -1
#   by hand, I remembered: the open brackets not yet closed, newest last
#   data structure: a stack of (index, bracket)
#   steps: push openers; a closer must match the top; at the end, any left
#          open: the earliest one (bottom of the stack) is the problem


PAIRS = {")": "(", "]": "[", "}": "{"}


def first_problem(text: str) -> int:
    stack: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if char in "([{":
            stack.append((index, char))
        elif char in PAIRS:
            if not stack or stack[-1][1] != PAIRS[char]:
                return index
            stack.pop()
    if stack:
        return stack[0][0]
    return -1


if __name__ == "__main__":
    for sample in ["print(x[0])", "f(a]", "x)", "{[("]:
        print(sample, first_problem(sample))
