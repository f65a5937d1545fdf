total = 0.0
# Read "item price" lines until an empty one.
# Split each line into the name and the price (a float), print it neatly, add it up.
