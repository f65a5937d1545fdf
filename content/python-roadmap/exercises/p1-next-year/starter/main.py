# Read the name, then the age (remember: input() gives a string).
name = input()

# Print the two lines.
