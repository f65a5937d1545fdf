name = input()
print("Hello, " + name + "!")
print("See you soon, " + name + ".")
