# Plan:
# 1. read all of stdin
# 2. split into words, lower-case, strip punctuation, drop empty ones
# 3. count with a dict
# 4. sort by count (high first), then word; print the first three
import string
import sys


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for raw in text.lower().split():
        word = raw.strip(string.punctuation)
        if word:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:n]


text = sys.stdin.read()
top = top_words(text, 3)
if not top:
    print("No words.")
for word, count in top:
    print(f"{word}: {count}")
