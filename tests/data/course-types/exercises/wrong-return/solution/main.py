def add(a: int, b: int) -> str:
    return a + b


print(add(2, 3))
