# Plan:
#   by hand:
#   what the lengths tell:
#   steps:


def one_edit_apart(typed: str, word: str) -> bool:
    # Replace this line with your plan, step by step.
    return typed == word


if __name__ == "__main__":
    print(one_edit_apart("pale", "ple"))     # True
    print(one_edit_apart("pale", "bake"))    # False
