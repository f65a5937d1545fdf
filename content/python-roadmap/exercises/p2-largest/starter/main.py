numbers = []
# Read the numbers into the list.

# largest = the first number; then compare every number with largest.
