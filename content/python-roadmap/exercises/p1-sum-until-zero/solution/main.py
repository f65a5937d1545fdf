total = 0
number = int(input())
while number != 0:
    total += number
    number = int(input())
print("Total:", total)
