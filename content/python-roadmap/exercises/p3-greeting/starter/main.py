# def greeting(...) -> str:


print(greeting("Ada"))
print(greeting("Grace"))
