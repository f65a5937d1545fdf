items = []
while True:
    line = input()
    if not line:
        break
    items.append(line)

print(len(items), "items:")
for item in items:
    print("-", item)
