# A small lending library: authors, books, members and their loans.
import sqlite3


def create_schema(conn: sqlite3.Connection) -> None:
    # authors is done; add books, members and loans, with their keys.
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS authors (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );
    """)


def books_with_authors(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return []  # your query here


def loans_per_member(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return []  # your query here


def borrowers_of(conn: sqlite3.Connection, title: str) -> list[str]:
    return []  # your query here


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    create_schema(conn)
    conn.executescript("""
        INSERT INTO authors (id, name) VALUES (1, 'Jane Austen'), (2, 'Frank Herbert');
        INSERT INTO books (id, title, author_id) VALUES (1, 'Emma', 1), (2, 'Dune', 2);
        INSERT INTO members (id, name) VALUES (1, 'Ada'), (2, 'Bo'), (3, 'Cy');
        INSERT INTO loans (book_id, member_id) VALUES (1, 1), (2, 1), (2, 2);
    """)
    print(books_with_authors(conn))
    print(loans_per_member(conn))
    print(borrowers_of(conn, "Dune"))
