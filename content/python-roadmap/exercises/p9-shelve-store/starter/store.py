import shelve
import tempfile
from typing import Any

INDEX_KEY = "index:author"


def book_key(book_id: int) -> str:
    return f"book:{book_id}"


def save_book(path: str, book: dict[str, Any]) -> None:
    with shelve.open(path) as db:
        db[book_key(book["id"])] = book


def load_book(path: str, book_id: int) -> dict[str, Any] | None:
    return None


def find_by_author_scan(path: str, author: str) -> list[dict[str, Any]]:
    return []


def find_by_author(path: str, author: str) -> list[dict[str, Any]]:
    return find_by_author_scan(path, author)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        shelf = folder + "/books"
        save_book(shelf, {"id": 1, "title": "Emma", "author": "Austen"})
        save_book(shelf, {"id": 2, "title": "Dracula", "author": "Stoker"})
        save_book(shelf, {"id": 3, "title": "Persuasion", "author": "Austen", "year": 1817})
        print(load_book(shelf, 3))
        print([book["title"] for book in find_by_author_scan(shelf, "Austen")])
        print([book["title"] for book in find_by_author(shelf, "Austen")])
