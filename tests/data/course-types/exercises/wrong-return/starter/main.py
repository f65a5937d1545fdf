# Write add here.


print(add(2, 3))
