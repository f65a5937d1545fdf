names = ["Ada", "Alan", "Grace"]
scores = [97, 88, 99]
best_name = ""
best_score = -1
for name, score in zip(names, scores):
    print(f"{name}: {score}")
    if score > best_score:
        best_name, best_score = name, score
print(f"Best: {best_name} with {best_score}")
