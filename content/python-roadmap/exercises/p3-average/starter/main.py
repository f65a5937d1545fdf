# def average(numbers: list[float]) -> float:


# def describe(numbers: list[float]) -> str:


print(describe([1.0, 2.0, 4.5]))
