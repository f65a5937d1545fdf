first = input()
second = first
print(id(first) == id(second))
first = first + "!"
print(id(first) == id(second))
print(second)
