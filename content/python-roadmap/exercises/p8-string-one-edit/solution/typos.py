# Plan:
#   by hand: pale -> ple drops a; pale/bake differ at p/b and l/k: two typos
#   what the lengths tell: equal: only a change; one apart: an added or
#                          dropped letter; more: False
#   steps: make a the longer word; find the first difference; the rest after
#          it must be equal (skip one letter of a if a is longer)


def one_edit_apart(typed: str, word: str) -> bool:
    a, b = (typed, word) if len(typed) >= len(word) else (word, typed)
    if len(a) - len(b) > 1:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    if i == len(b):
        return True
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:]


if __name__ == "__main__":
    print(one_edit_apart("pale", "ple"))     # True
    print(one_edit_apart("pale", "bake"))    # False
