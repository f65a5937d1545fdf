import json


def load_marks(path: str) -> dict[str, list[int]]:
    with open(path, encoding="utf-8") as file:
        marks: dict[str, list[int]] = json.load(file)
    return marks


def averages(marks: dict[str, list[int]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for name in marks:
        numbers = marks[name]
        if numbers:
            result[name] = round(sum(numbers) / len(numbers), 1)
        else:
            result[name] = 0.0
    return result


def save_averages(path: str, marks: dict[str, list[int]]) -> None:
    with open(path, "w", encoding="utf-8") as file:
        json.dump(averages(marks), file)
