# A small books database with sqlite3.
import sqlite3


def create_schema(conn: sqlite3.Connection) -> None:
    ...


def add_book(conn: sqlite3.Connection, title: str, author: str, year: int) -> int:
    ...


def books_since(conn: sqlite3.Connection, year: int) -> list[tuple[str, int]]:
    ...


def books_per_author(conn: sqlite3.Connection) -> dict[str, int]:
    ...


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    add_book(conn, "Dune", "Frank Herbert", 1965)
    add_book(conn, "Emma", "Jane Austen", 1815)
    add_book(conn, "Persuasion", "Jane Austen", 1817)
    print(books_since(conn, 1816))
    print(books_per_author(conn))
