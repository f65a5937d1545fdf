total = 0
while True:
    line = input()
    if not line:
        break
    # Print the characters and the UTF-8 bytes of line.
    print(f"{line}: {len(line)} characters, {len(line)} bytes")

print(f"Total: {total} bytes")
