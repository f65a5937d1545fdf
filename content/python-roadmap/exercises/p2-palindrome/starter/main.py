text = input()
# Make a cleaned copy: lower case, no spaces. Compare it with its reverse ([::-1]).
