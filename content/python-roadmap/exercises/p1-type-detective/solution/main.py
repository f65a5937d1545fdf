# 42    -> int
# 3.5   -> float
# "42"  -> str
# True  -> bool
print(type(42))
print(type(3.5))
print(type("42"))
print(type(True))
