# def greeting(...) -> str:


first = input()
second = input()
print(greeting(first))
print(greeting(second))
