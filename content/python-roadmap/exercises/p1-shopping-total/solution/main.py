price = float(input())
quantity = int(input())
print(price * quantity)
