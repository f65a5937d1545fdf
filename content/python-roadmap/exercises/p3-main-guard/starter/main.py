def greeting(name: str) -> str:
    return f"Hello, {name}!"


name = input()
print(greeting(name))
