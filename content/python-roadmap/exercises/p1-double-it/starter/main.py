# Read a number, double it, print it.
number = input()
print(number * 2)
