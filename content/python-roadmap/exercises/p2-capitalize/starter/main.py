words = input().split()
result = []
for word in words:
    word[0] = word[0].upper()
    result.append(word)
print(" ".join(result))
