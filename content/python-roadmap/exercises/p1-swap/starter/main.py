first = input()
second = input()

# Swap first and second here, with the help of a temporary variable.

print(first)
print(second)
