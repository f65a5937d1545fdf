# def parse_age(text: str) -> int:
#     convert with int(...)
#     raise ValueError("...") when the age is negative or above 150


while True:
    text = input()
    if not text:
        break
    try:
        print(parse_age(text))
    except ValueError as error:
        print(error)
