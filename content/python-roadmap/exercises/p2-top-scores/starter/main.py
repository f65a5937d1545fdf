scores = []
# Read the scores.

# Sort them highest first, and take the first three with a slice.
