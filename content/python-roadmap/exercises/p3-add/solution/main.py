def add(a: int, b: int) -> int:
    return a + b


a = int(input())
b = int(input())
print(add(a, b))
