# Safe: every value goes to SQLite as a parameter, never inside the SQL.
import sqlite3


def find_user(conn: sqlite3.Connection, name: str) -> tuple[int, str, str] | None:
    return conn.execute("SELECT id, name, email FROM users WHERE name = ?", (name,)).fetchone()


def search_users(conn: sqlite3.Connection, part: str) -> list[str]:
    rows = conn.execute("SELECT name FROM users WHERE name LIKE ? ORDER BY name", ("%" + part + "%",))
    return [row[0] for row in rows]


def delete_user(conn: sqlite3.Connection, name: str) -> int:
    cursor = conn.execute("DELETE FROM users WHERE name = ?", (name,))
    conn.commit()
    return cursor.rowcount


def demo_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT)")
    conn.executemany("INSERT INTO users (name, email) VALUES (?, ?)",
                     [("ada", "ada@example.org"), ("bob", "bob@example.org"), ("adam", "adam@example.org")])
    return conn


if __name__ == "__main__":
    conn = demo_db()
    print(find_user(conn, "ada"))
    print(find_user(conn, "x' OR '1'='1"))
    print(search_users(conn, "ad"))
    print(delete_user(conn, "x' OR '1'='1"), "users deleted")
