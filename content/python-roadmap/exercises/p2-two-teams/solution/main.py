names = []
while True:
    line = input()
    if not line:
        break
    names.append(line)

print("Team A:")
i = 0
while i < len(names):
    print(names[i])
    i += 2

print("Team B:")
i = 1
while i < len(names):
    print(names[i])
    i += 2
