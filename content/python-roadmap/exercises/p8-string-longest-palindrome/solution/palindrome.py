# Plan:
#   by hand: anana has middle n; abba has middle bb; a, b, c are all length 1
#   steps: for each position, grow outwards from a one-letter middle and from a
#          two-letter middle while both sides match; keep the longest, and the
#          first of equal ones (replace only when strictly longer)


def grow(text: str, left: int, right: int) -> tuple[int, int]:
    while left >= 0 and right < len(text) and text[left] == text[right]:
        left -= 1
        right += 1
    return left + 1, right


def longest_palindrome(text: str) -> str:
    best_start, best_end = 0, 0
    for i in range(len(text)):
        for start, end in (grow(text, i, i), grow(text, i, i + 1)):
            if end - start > best_end - best_start or (
                    end - start == best_end - best_start and start < best_start):
                best_start, best_end = start, end
    return text[best_start:best_end]


if __name__ == "__main__":
    print(longest_palindrome("banana"))    # anana
    print(longest_palindrome("xabbay"))    # abba
    print(longest_palindrome("abc"))       # a
