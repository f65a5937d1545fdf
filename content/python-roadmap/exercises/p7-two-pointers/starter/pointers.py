# Two pointers walking towards each other.


def is_palindrome(text: str) -> bool:
    left, right = 0, len(text) - 1
    # Skip non-letters on both sides, compare, move inwards.
    return True


def count_pairs(numbers: list[int], limit: int) -> int:
    ...


if __name__ == "__main__":
    print(is_palindrome("Never odd or even"))
    print(is_palindrome("Python"))
    print(count_pairs([1, 2, 3, 4], 6))
