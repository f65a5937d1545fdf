# A small books database with sqlite3.
import sqlite3


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE IF NOT EXISTS books (
            id     INTEGER PRIMARY KEY,
            title  TEXT NOT NULL,
            author TEXT NOT NULL,
            year   INTEGER
        )
    """)
    conn.commit()


def add_book(conn: sqlite3.Connection, title: str, author: str, year: int) -> int:
    cursor = conn.execute("INSERT INTO books (title, author, year) VALUES (?, ?, ?)",
                          (title, author, year))
    conn.commit()
    return int(cursor.lastrowid or 0)


def books_since(conn: sqlite3.Connection, year: int) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT title, year FROM books WHERE year >= ? ORDER BY year, title", (year,))
    return [(title, book_year) for title, book_year in rows]


def books_per_author(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute("SELECT author, COUNT(*) FROM books GROUP BY author ORDER BY author")
    return dict(rows.fetchall())


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    add_book(conn, "Dune", "Frank Herbert", 1965)
    add_book(conn, "Emma", "Jane Austen", 1815)
    add_book(conn, "Persuasion", "Jane Austen", 1817)
    print(books_since(conn, 1816))
    print(books_per_author(conn))
