# Plan:
#   by hand:
#   steps:


def longest_palindrome(text: str) -> str:
    # Replace this line with your plan, step by step.
    return text[:1]


if __name__ == "__main__":
    print(longest_palindrome("banana"))    # anana
    print(longest_palindrome("xabbay"))    # abba
    print(longest_palindrome("abc"))       # a
