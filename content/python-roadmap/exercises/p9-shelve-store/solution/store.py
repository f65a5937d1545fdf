import shelve
import tempfile
from typing import Any

INDEX_KEY = "index:author"


def book_key(book_id: int) -> str:
    return f"book:{book_id}"


def save_book(path: str, book: dict[str, Any]) -> None:
    with shelve.open(path) as db:
        book_id: int = book["id"]
        db[book_key(book_id)] = book
        index: dict[str, list[int]] = db.get(INDEX_KEY, {})
        for author in list(index):
            if book_id in index[author]:
                index[author].remove(book_id)
                if not index[author]:
                    del index[author]
        index.setdefault(book["author"], []).append(book_id)
        index[book["author"]].sort()
        db[INDEX_KEY] = index


def load_book(path: str, book_id: int) -> dict[str, Any] | None:
    with shelve.open(path) as db:
        book: dict[str, Any] | None = db.get(book_key(book_id))
        return book


def find_by_author_scan(path: str, author: str) -> list[dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    with shelve.open(path) as db:
        for key in db:
            if key.startswith("book:") and db[key]["author"] == author:
                book: dict[str, Any] = db[key]
                found[book["id"]] = book
    return [found[book_id] for book_id in sorted(found)]


def find_by_author(path: str, author: str) -> list[dict[str, Any]]:
    with shelve.open(path) as db:
        index: dict[str, list[int]] = db.get(INDEX_KEY, {})
        return [db[book_key(book_id)] for book_id in index.get(author, [])]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        shelf = folder + "/books"
        save_book(shelf, {"id": 1, "title": "Emma", "author": "Austen"})
        save_book(shelf, {"id": 2, "title": "Dracula", "author": "Stoker"})
        save_book(shelf, {"id": 3, "title": "Persuasion", "author": "Austen", "year": 1817})
        print(load_book(shelf, 3))
        print([book["title"] for book in find_by_author_scan(shelf, "Austen")])
        print([book["title"] for book in find_by_author(shelf, "Austen")])
