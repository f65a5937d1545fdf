# A transfer between two accounts, inside one transaction.
import sqlite3


def open_bank() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE accounts (name TEXT PRIMARY KEY, cents INTEGER NOT NULL)")
    conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("ada", 10_000), ("bob", 2_500)])
    conn.commit()
    return conn


def balance(conn: sqlite3.Connection, name: str) -> int:
    ...


def transfer(conn: sqlite3.Connection, sender: str, receiver: str, amount: int) -> None:
    # 1. amount must be > 0
    # 2. with conn: subtract, check, add (raise inside to roll back)
    ...


if __name__ == "__main__":
    conn = open_bank()
    transfer(conn, "ada", "bob", 1_500)
    print(balance(conn, "ada"), balance(conn, "bob"))
