words = input().split()
counts = {}
# Count each word with counts.get(word, 0) + 1, then print each word and its count.
