items = []
# Read lines until an empty one, appending each to items.

# Print the count, then each item with a dash.
