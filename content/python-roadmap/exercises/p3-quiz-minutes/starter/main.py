def to_seconds(text: str) -> int:
    # split the text at ":", check it, and convert both parts
    return 0


def total_length(texts: list[str]) -> int:
    return 0


for text in ["3:07", "3:75", "307"]:
    try:
        print(to_seconds(text))
    except ValueError as error:
        print(error)
print(total_length(["1:00", "2:30"]))
