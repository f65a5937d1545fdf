# The storage of a to-do app, in SQLite.
import sqlite3


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL)")


def add_todo(conn: sqlite3.Connection, title: str) -> int:
    with conn:
        cursor = conn.execute("INSERT INTO todos (title, done) VALUES (?, 0)", (title,))
    new_id = cursor.lastrowid
    if new_id is None:
        raise RuntimeError("the to-do was not stored")
    return new_id


def finish(conn: sqlite3.Connection, todo_id: int) -> bool:
    with conn:
        cursor = conn.execute("UPDATE todos SET done = 1 WHERE id = ?", (todo_id,))
    return cursor.rowcount == 1


def open_titles(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT title FROM todos WHERE done = 0 ORDER BY id").fetchall()
    return [title for (title,) in rows]


def finish_all(conn: sqlite3.Connection, ids: list[int]) -> None:
    with conn:
        for todo_id in ids:
            cursor = conn.execute("UPDATE todos SET done = 1 WHERE id = ?", (todo_id,))
            if cursor.rowcount != 1:
                raise KeyError(todo_id)


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    create_table(conn)
    print(add_todo(conn, "buy tea"), add_todo(conn, "call Bo"), add_todo(conn, "fix bike"))
    print(finish(conn, 2), finish(conn, 9))
    print(open_titles(conn))
