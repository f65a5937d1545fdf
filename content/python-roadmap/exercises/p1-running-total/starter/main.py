total = 0

# Read the first number, add it to total, print "Total:" and the total.

# The same for the second and the third number.
