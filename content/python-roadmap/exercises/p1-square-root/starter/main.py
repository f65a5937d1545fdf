number = float(input())
# The square: number to the power 2.   The root: number to the power 0.5.
