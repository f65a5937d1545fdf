def average(numbers: list[float]) -> float:
    if not numbers:
        return 0.0
    return sum(numbers) / len(numbers)


def describe(numbers: list[float]) -> str:
    return f"{len(numbers)} numbers, average {average(numbers):.2f}"


print(describe([1.0, 2.0, 4.5]))
