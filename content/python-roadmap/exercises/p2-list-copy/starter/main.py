original = ["apple", "banana"]
backup = original
original.append("cherry")
print("original:", original)
print("backup:", backup)
