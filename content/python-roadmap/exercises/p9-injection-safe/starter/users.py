# WARNING: this code is open to SQL injection. Fix it with ? placeholders.
import sqlite3


def find_user(conn: sqlite3.Connection, name: str) -> tuple[int, str, str] | None:
    query = f"SELECT id, name, email FROM users WHERE name = '{name}'"
    return conn.execute(query).fetchone()


def search_users(conn: sqlite3.Connection, part: str) -> list[str]:
    query = f"SELECT name FROM users WHERE name LIKE '%{part}%' ORDER BY name"
    return [row[0] for row in conn.execute(query)]


def delete_user(conn: sqlite3.Connection, name: str) -> int:
    query = f"DELETE FROM users WHERE name = '{name}'"
    cursor = conn.execute(query)
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
