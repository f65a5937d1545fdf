name = input()
age = int(input())
print("Hello, " + name + "!")
print("Next year you will be", age + 1)
