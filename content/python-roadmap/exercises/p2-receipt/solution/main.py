total = 0.0
while True:
    line = input()
    if not line:
        break
    parts = line.split()
    name = parts[0]
    price = float(parts[1])
    total += price
    print(f"{name:<10}{price:>8.2f}")
print(f"{'TOTAL':<10}{total:>8.2f}")
