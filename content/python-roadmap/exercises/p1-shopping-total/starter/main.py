# The price may have decimals; the quantity is a whole number.
price = input()
quantity = input()
