# Sliding windows: fixed size, and growing/shrinking.


def best_average(values: list[int], k: int) -> float:
    window = sum(values[:k])
    best = window
    # Slide: for each next position, add the new value, subtract the old one.
    return best / k


def longest_unique(text: str) -> int:
    start = 0
    last_seen: dict[str, int] = {}
    longest = 0
    # For each end position: if text[end] repeats inside the window,
    # move start past its last place. Update last_seen and longest.
    return longest


if __name__ == "__main__":
    print(best_average([1, 12, -5, -6, 50, 3], 4))
    print(longest_unique("abcabcbb"))
