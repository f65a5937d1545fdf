# A small lending library: authors, books, members and their loans.
import sqlite3


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS authors (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS books (
            id        INTEGER PRIMARY KEY,
            title     TEXT NOT NULL,
            author_id INTEGER NOT NULL REFERENCES authors(id)
        );
        CREATE TABLE IF NOT EXISTS members (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS loans (
            id        INTEGER PRIMARY KEY,
            book_id   INTEGER NOT NULL REFERENCES books(id),
            member_id INTEGER NOT NULL REFERENCES members(id)
        );
    """)


def books_with_authors(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute("""
        SELECT books.title, authors.name
        FROM books
        JOIN authors ON authors.id = books.author_id
        ORDER BY books.title
    """)
    return [(title, name) for title, name in rows]


def loans_per_member(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    rows = conn.execute("""
        SELECT members.name, COUNT(loans.id)
        FROM members
        LEFT JOIN loans ON loans.member_id = members.id
        GROUP BY members.id
        ORDER BY members.name
    """)
    return [(name, count) for name, count in rows]


def borrowers_of(conn: sqlite3.Connection, title: str) -> list[str]:
    rows = conn.execute("""
        SELECT DISTINCT members.name
        FROM members
        JOIN loans ON loans.member_id = members.id
        JOIN books ON books.id = loans.book_id
        WHERE books.title = ?
        ORDER BY members.name
    """, (title,))
    return [name for (name,) in rows]


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
