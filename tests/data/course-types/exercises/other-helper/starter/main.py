import helper

# Print twice 21.
