class Book:
    def __init__(self, title: str, author: str, pages: int) -> None:
        pass


class Shelf:
    def __init__(self, size: int) -> None:
        pass
