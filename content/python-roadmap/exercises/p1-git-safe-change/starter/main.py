# This program works. Commit it BEFORE you change anything.
price = 4
quantity = 3
print("Total:", price * quantity)
