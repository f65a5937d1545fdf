# Define add(a, b) here, with type hints: a: int, b: int, and -> int.


a = int(input())
b = int(input())
print(add(a, b))
