number = int(input())
steps = 0
# repeat until number is 1: change it as the rules say and count the step
print(steps)
