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
    dune = Book("Dune", "Frank Herbert", 412)
    matilda = Book("Matilda", "Roald Dahl", 240)
    print(dune.describe())
    print(f"Long: {dune.is_long()}")
    print(matilda.describe())
    print(f"Long: {matilda.is_long()}")
