# def average(numbers: list[float]) -> float:


# def describe(numbers: list[float]) -> str:


numbers: list[float] = []
for part in input().split():
    numbers.append(float(part))
print(describe(numbers))
