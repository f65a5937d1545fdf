# A transfer between two accounts, inside one transaction.
import sqlite3


def open_bank() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE accounts (name TEXT PRIMARY KEY, cents INTEGER NOT NULL)")
    conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("ada", 10_000), ("bob", 2_500)])
    conn.commit()
    return conn


def balance(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT cents FROM accounts WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise KeyError(name)
    return int(row[0])


def transfer(conn: sqlite3.Connection, sender: str, receiver: str, amount: int) -> None:
    if amount <= 0:
        raise ValueError("the amount must be more than 0")
    with conn:
        taken = conn.execute("UPDATE accounts SET cents = cents - ? WHERE name = ?", (amount, sender))
        if taken.rowcount == 0:
            raise KeyError(sender)
        if balance(conn, sender) < 0:
            raise ValueError(f"{sender} does not have enough money")
        given = conn.execute("UPDATE accounts SET cents = cents + ? WHERE name = ?", (amount, receiver))
        if given.rowcount == 0:
            raise KeyError(receiver)


if __name__ == "__main__":
    conn = open_bank()
    transfer(conn, "ada", "bob", 1_500)
    print(balance(conn, "ada"), balance(conn, "bob"))
