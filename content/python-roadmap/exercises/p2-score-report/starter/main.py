names = input().split()
scores = []
for part in input().split():
    scores.append(int(part))
best_name = ""
best_score = -1
# for name, score in zip(...):
