# The notes app's schema, one migration at a time.
import sqlite3

# Migration N (counting from 1) takes the schema from version N-1 to N.
# Never change one that has run somewhere: add a new one at the end.
MIGRATIONS: list[list[str]] = [
    # 1: the first notes table
    ["CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"],
    # 2: notes can be pinned
    ["ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"],
    # 3: add it here
]


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, migrations: list[list[str]]) -> int:
    # This runs every migration every time. Fix it.
    for statements in migrations:
        for statement in statements:
            conn.execute(statement)
    return len(migrations)


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    print(migrate(conn, MIGRATIONS[:1]))
    conn.execute("INSERT INTO notes (text) VALUES ('Water the tomatoes every evening')")
    conn.commit()
    print(migrate(conn, MIGRATIONS))
    print(migrate(conn, MIGRATIONS))
    print(conn.execute("SELECT id, text, pinned, title FROM notes").fetchall())
