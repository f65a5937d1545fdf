words = input().split()
counts: dict[str, int] = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
for word in counts:
    print(word, counts[word])
