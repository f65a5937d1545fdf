words = []
while True:
    line = input()
    if not line:
        break
    words.append(line)
wanted = input()

# Walk the list with an index i, from 0 while i < len(words).
