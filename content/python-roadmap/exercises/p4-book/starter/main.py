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
    title = input()
    author = input()
    pages = int(input())
    book = Book(title, author, pages)
    print(book.describe())
    print(f"Long: {book.is_long()}")
