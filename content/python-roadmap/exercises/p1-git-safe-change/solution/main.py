price = float(input())
quantity = int(input())
print("Total:", price * quantity)
