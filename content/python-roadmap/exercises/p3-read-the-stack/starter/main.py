def average(numbers: list[int]) -> float:
    return sum(numbers) / len(numbers)


def report(scores: dict[str, list[int]]) -> None:
    for name in scores:
        print(f"{name}: {average(scores[name]):.1f}")


report({"Ada": [90, 95], "Alan": [80, 85, 90], "Grace": []})
