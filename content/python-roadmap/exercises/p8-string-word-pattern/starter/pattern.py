# Plan:
#   by hand:
#   remember while walking:
#   steps:


def follows(pattern: str, sentence: str) -> bool:
    # Replace this line with your plan, step by step.
    return True


if __name__ == "__main__":
    print(follows("abba", "dog cat cat dog"))     # True
    print(follows("abba", "dog dog dog dog"))     # False
