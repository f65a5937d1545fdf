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


count = int(input())
tracks: list[str] = []
for _ in range(count):
    tracks.append(input())
for text in tracks:
    try:
        print(to_seconds(text))
    except ValueError as error:
        print(error)
try:
    print(f"Total: {total_length(tracks)}")
except ValueError as error:
    print(f"No total: {error}")
