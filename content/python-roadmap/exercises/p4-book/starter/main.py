# Write the class Book here.
# class Book:
#     def __init__(self, title: str, author: str, pages: int) -> None:
#         ... store the three values on self ...
#
#     def describe(self) -> str:
#         ...
#
#     def is_long(self) -> bool:
#         ...


if __name__ == "__main__":
    dune = Book("Dune", "Frank Herbert", 412)
    matilda = Book("Matilda", "Roald Dahl", 240)
    print(dune.describe())
    print(f"Long: {dune.is_long()}")
    print(matilda.describe())
    print(f"Long: {matilda.is_long()}")
