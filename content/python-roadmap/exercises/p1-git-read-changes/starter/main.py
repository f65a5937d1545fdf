price = 20
tax = 0.5
print("Price:", price)
print("With tax:", price + price * tax)
