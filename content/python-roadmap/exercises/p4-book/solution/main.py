class Book:
    def __init__(self, title: str, author: str, pages: int) -> None:
        self.title = title
        self.author = author
        self.pages = pages

    def describe(self) -> str:
        return f"{self.title} by {self.author}, {self.pages} pages"

    def is_long(self) -> bool:
        return self.pages > 300


if __name__ == "__main__":
    title = input()
    author = input()
    pages = int(input())
    book = Book(title, author, pages)
    print(book.describe())
    print(f"Long: {book.is_long()}")
