words = input().split()
print(" ".join(words[::-1]))
flipped: list[str] = []
for word in words:
    flipped.append(word[::-1])
print(" ".join(flipped))
