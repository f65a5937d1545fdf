number = int(input())
# Print a comparison: is the remainder of number divided by 2 equal to 0?
