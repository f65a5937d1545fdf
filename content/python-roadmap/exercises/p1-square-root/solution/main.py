number = float(input())
print(number ** 2)
print(number ** 0.5)
