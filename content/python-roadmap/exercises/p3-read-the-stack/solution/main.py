def average(numbers: list[int]) -> float:
    if not numbers:
        return 0.0
    return sum(numbers) / len(numbers)


def report(scores: dict[str, list[int]]) -> None:
    for name in scores:
        print(f"{name}: {average(scores[name]):.1f}")


scores: dict[str, list[int]] = {}
while True:
    words = input().split()
    if not words:
        break
    student = words[0]
    scores[student] = []
    for word in words[1:]:
        scores[student].append(int(word))

report(scores)
