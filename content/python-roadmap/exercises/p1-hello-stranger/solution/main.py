name = input()
if name:
    print("Hello, " + name + "!")
else:
    print("Hello, stranger!")
