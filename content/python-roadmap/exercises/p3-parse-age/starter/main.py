# def parse_age(text: str) -> int:
#     convert with int(...)
#     raise ValueError("...") when the age is negative or above 150


for text in ["36", "-3", "200"]:
    try:
        print(parse_age(text))
    except ValueError as error:
        print(error)
