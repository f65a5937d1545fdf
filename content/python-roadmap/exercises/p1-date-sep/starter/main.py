# Give print three values and choose what goes between them with sep=
print("2024", "05", "17")
