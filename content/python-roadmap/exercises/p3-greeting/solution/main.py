def greeting(name: str) -> str:
    return f"Hello, {name}!"


first = input()
second = input()
print(greeting(first))
print(greeting(second))
