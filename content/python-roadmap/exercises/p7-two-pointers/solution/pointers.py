# Two pointers walking towards each other.


def is_palindrome(text: str) -> bool:
    left, right = 0, len(text) - 1
    while left < right:
        if not text[left].isalpha():
            left += 1
        elif not text[right].isalpha():
            right -= 1
        elif text[left].lower() != text[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True


def count_pairs(numbers: list[int], limit: int) -> int:
    left, right = 0, len(numbers) - 1
    pairs = 0
    while left < right:
        if numbers[left] + numbers[right] < limit:
            pairs += right - left
            left += 1
        else:
            right -= 1
    return pairs


if __name__ == "__main__":
    print(is_palindrome("Never odd or even"))
    print(is_palindrome("Python"))
    print(count_pairs([1, 2, 3, 4], 6))
