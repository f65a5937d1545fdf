class Book:
    def __init__(self, title: str, author: str, pages: int) -> None:
        self.title = title
        self.author = author
        self.pages = pages


class Shelf:
    def __init__(self, size: int) -> None:
        self.size = size
        self.books: list[Book] = []

    def add(self, book: Book) -> None:
        if len(self.books) >= self.size:
            raise ValueError("the shelf is full")
        self.books.append(book)

    def __len__(self) -> int:
        return len(self.books)

    def __contains__(self, title: str) -> bool:
        for book in self.books:
            if book.title == title:
                return True
        return False

    def by(self, author: str) -> list[str]:
        titles: list[str] = []
        for book in self.books:
            if book.author == author:
                titles.append(book.title)
        return titles

    def pages(self) -> int:
        total = 0
        for book in self.books:
            total += book.pages
        return total
