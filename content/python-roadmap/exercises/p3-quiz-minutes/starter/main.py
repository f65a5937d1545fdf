def to_seconds(text: str) -> int:
    # split the text at ":", check it, and convert both parts
    return 0


def total_length(texts: list[str]) -> int:
    return 0


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
