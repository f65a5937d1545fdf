# Sliding windows: fixed size, and growing/shrinking.


def best_average(values: list[int], k: int) -> float:
    window = sum(values[:k])
    best = window
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        best = max(best, window)
    return best / k


def longest_unique(text: str) -> int:
    start = 0
    last_seen: dict[str, int] = {}
    longest = 0
    for end, char in enumerate(text):
        if char in last_seen and last_seen[char] >= start:
            start = last_seen[char] + 1
        last_seen[char] = end
        longest = max(longest, end - start + 1)
    return longest


if __name__ == "__main__":
    print(best_average([1, 12, -5, -6, 50, 3], 4))
    print(longest_unique("abcabcbb"))
