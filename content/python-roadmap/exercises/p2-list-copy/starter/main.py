original = ["apple", "banana"]
backup = original
fruit = input()
original.append(fruit)
print("original:", original)
print("backup:", backup)
