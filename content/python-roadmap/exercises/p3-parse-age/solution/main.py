def parse_age(text: str) -> int:
    age = int(text)
    if age < 0:
        raise ValueError("age cannot be negative")
    if age > 150:
        raise ValueError("age must be at most 150")
    return age


while True:
    text = input()
    if not text:
        break
    try:
        print(parse_age(text))
    except ValueError as error:
        print(error)
