total = 0
# Read the first number, then loop while it is not 0.
