# The storage of a to-do app, in SQLite.
import sqlite3


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL)")


def add_todo(conn: sqlite3.Connection, title: str) -> int:
    # Unsafe: the title becomes part of the SQL. Use a ? placeholder.
    cursor = conn.execute("INSERT INTO todos (title, done) VALUES ('" + title + "', 0)")
    return 0


def finish(conn: sqlite3.Connection, todo_id: int) -> bool:
    return False


def open_titles(conn: sqlite3.Connection) -> list[str]:
    return []


def finish_all(conn: sqlite3.Connection, ids: list[int]) -> None:
    pass


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    create_table(conn)
    print(add_todo(conn, "buy tea"), add_todo(conn, "call Bo"), add_todo(conn, "fix bike"))
    print(finish(conn, 2), finish(conn, 9))
    print(open_titles(conn))
