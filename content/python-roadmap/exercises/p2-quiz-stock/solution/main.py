count = int(input())
stock: dict[str, int] = {}
for delivery in range(count):
    name, quantity = input().split()
    stock[name] = stock.get(name, 0) + int(quantity)
total = 0
for name in sorted(stock):
    print(f"{name:<8}{stock[name]:>5}")
    total += stock[name]
print(f"{'total':<8}{total:>5}")
