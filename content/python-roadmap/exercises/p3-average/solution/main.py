def average(numbers: list[float]) -> float:
    if not numbers:
        return 0.0
    return sum(numbers) / len(numbers)


def describe(numbers: list[float]) -> str:
    return f"{len(numbers)} numbers, average {average(numbers):.2f}"


numbers: list[float] = []
for part in input().split():
    numbers.append(float(part))
print(describe(numbers))
