names = input().split()
scores = []
for part in input().split():
    scores.append(int(part))
best_name = ""
best_score = -1
for name, score in zip(names, scores):
    print(f"{name}: {score}")
    if score > best_score:
        best_name, best_score = name, score
print(f"Best: {best_name} with {best_score}")
