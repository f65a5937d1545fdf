age = int(input())
if age < 12:
    price = 5
elif age < 65:
    price = 12
else:
    price = 7
print("Price:", price)
