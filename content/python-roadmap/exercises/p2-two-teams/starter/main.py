names = []
while True:
    line = input()
    if not line:
        break
    names.append(line)

print("Team A:")
# Walk the positions 0, 2, 4, ... with a while loop.

print("Team B:")
# Now the positions 1, 3, 5, ...
