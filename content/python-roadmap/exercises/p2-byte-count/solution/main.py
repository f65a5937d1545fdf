total = 0
while True:
    line = input()
    if not line:
        break
    size = len(line.encode("utf-8"))
    total += size
    print(f"{line}: {len(line)} characters, {size} bytes")

print(f"Total: {total} bytes")
