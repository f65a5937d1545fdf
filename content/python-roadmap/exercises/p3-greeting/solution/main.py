def greeting(name: str) -> str:
    return f"Hello, {name}!"


print(greeting("Ada"))
print(greeting("Grace"))
