# Import your module geometry here.

width = float(input())
height = float(input())
radius = float(input())
# Print the two areas.
