n = int(input())
# one line for each step: some spaces, then some #
