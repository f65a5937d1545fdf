original = ["apple", "banana"]
backup = original.copy()
fruit = input()
original.append(fruit)
print("original:", original)
print("backup:", backup)
print("same list:", original is backup)
