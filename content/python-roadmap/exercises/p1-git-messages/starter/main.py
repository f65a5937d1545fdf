name = input()
print("Hello, " + name + "!")
# Add a second line here: See you soon, NAME.
