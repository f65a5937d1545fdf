words = input().split()
initials = ""
# For each word: add its first letter, in capitals, and a dot.
