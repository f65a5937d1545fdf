words = input().split()
seen: set[str] = set()
kept: list[str] = []
for word in words:
    if word not in seen:
        seen.add(word)
        kept.append(word)
print(" ".join(kept))
print(f"{len(words) - len(kept)} repeats removed")
