# Plan:
#   by hand:
#   smaller question:
#   steps:


def can_split(text: str, words: set[str]) -> bool:
    # Replace this line with your plan, step by step.
    return text in words


if __name__ == "__main__":
    known = {"love", "cat", "cats", "and", "sand", "dog", "dogs"}
    print(can_split("lovecatsanddogs", known))    # True
    print(can_split("lovecatsandog", known))      # False
