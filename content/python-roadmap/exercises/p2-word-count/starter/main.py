words = input().split()
counts: dict[str, int] = {}
# Count each word with counts.get(word, 0) + 1, then print each word and its count.
