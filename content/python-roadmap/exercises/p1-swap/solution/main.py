first = input()
second = input()

temp = first
first = second
second = temp

print(first)
print(second)
