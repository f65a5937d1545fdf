total = 0

number = int(input())
total += number
print("Total:", total)

number = int(input())
total += number
print("Total:", total)

number = int(input())
total += number
print("Total:", total)
