def to_seconds(text: str) -> int:
    parts = text.strip().split(":")
    if len(parts) != 2:
        raise ValueError("expected minutes:seconds")
    minutes = int(parts[0])
    seconds = int(parts[1])
    if seconds >= 60:
        raise ValueError("seconds must be below 60")
    return minutes * 60 + seconds


def total_length(texts: list[str]) -> int:
    total = 0
    for text in texts:
        total += to_seconds(text)
    return total


for text in ["3:07", "3:75", "307"]:
    try:
        print(to_seconds(text))
    except ValueError as error:
        print(error)
print(total_length(["1:00", "2:30"]))
