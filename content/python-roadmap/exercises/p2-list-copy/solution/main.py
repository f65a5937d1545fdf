original = ["apple", "banana"]
backup = original.copy()
original.append("cherry")
print("original:", original)
print("backup:", backup)
print("same list:", original is backup)
