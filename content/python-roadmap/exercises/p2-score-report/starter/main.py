names = ["Ada", "Alan", "Grace"]
scores = [97, 88, 99]
best_name = ""
best_score = -1
# for name, score in zip(...):
