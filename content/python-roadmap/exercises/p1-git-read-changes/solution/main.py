price = 20
tax = 0.2
print("Price:", price)
print("With tax:", price + price * tax)
print("Thank you!")
