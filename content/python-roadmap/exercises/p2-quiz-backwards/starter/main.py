words = input().split()
# line 1: the words in the opposite order, joined with spaces
# line 2: each word spelled backwards, in the original order
