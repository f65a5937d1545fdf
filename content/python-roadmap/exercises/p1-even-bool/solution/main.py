number = int(input())
print(number % 2 == 0)
