# Add up the whole numbers from 1 to n: for 4, that is 1 + 2 + 3 + 4 = 10.
n = int(input())
total = 0
number = 1
while number <= n:
    number += 1
    total += number
print("The sum of 1 to", n, "is", total)
