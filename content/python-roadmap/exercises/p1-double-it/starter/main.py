# Read a number, double it, print it.
# Run it with 5: why does it print 55?
print(input() * 2)
