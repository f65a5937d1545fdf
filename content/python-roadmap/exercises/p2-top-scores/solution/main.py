scores = []
while True:
    line = input()
    if not line:
        break
    scores.append(int(line))

best = sorted(scores, reverse=True)[:3]
print("Top 3:", best)
