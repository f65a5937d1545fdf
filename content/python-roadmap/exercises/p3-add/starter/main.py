# Define add(a, b) here, with type hints: a: int, b: int, and -> int.


print(add(2, 3))
