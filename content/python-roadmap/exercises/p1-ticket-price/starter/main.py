age = int(input())
# Check the groups in order, with if / elif / else.
