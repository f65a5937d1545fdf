number = int(input())
print(number * 2)
