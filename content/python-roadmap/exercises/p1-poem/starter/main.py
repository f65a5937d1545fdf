# Print the poem, one print() per line.
# An empty print() gives an empty line.
print("Roses are red,")
