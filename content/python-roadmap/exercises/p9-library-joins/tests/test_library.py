import sqlite3
import unittest

import library

DATA = """
    INSERT INTO authors (id, name) VALUES (1, 'Jane Austen'), (2, 'Frank Herbert'), (3, 'Ursula K. Le Guin');
    INSERT INTO books (id, title, author_id) VALUES
        (1, 'Persuasion', 1), (2, 'Dune', 2), (3, 'Emma', 1), (4, 'The Dispossessed', 3);
    INSERT INTO members (id, name) VALUES (1, 'Cy'), (2, 'Ada'), (3, 'Bo'), (4, 'Dee');
    INSERT INTO loans (book_id, member_id) VALUES (2, 2), (3, 2), (2, 3), (2, 2), (4, 1);
"""


class LibraryTests(unittest.TestCase):
    def setUp(self):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("PRAGMA foreign_keys = ON")
        library.create_schema(self.conn)

    def tearDown(self):
        self.conn.close()

    def fill(self):
        self.conn.executescript(DATA)

    def selects_during(self, call):
        """Runs call() and returns (its result, the SELECT statements it ran)."""
        seen = []
        self.conn.set_trace_callback(seen.append)
        try:
            result = call()
        finally:
            self.conn.set_trace_callback(None)
        return result, [s for s in seen if s.lstrip().upper().startswith("SELECT")]

    def columns(self, table):
        return [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]

    def foreign_keys(self, table):
        # (column, the table it points to, the column there) for each foreign key
        return sorted((row[3], row[2], row[4]) for row in self.conn.execute(f"PRAGMA foreign_key_list({table})"))

    def test_tables_and_columns(self):
        self.assertEqual(self.columns("books"), ["id", "title", "author_id"],
                         "books has the columns id, title, author_id, in that order")
        self.assertEqual(self.columns("members"), ["id", "name"])
        self.assertEqual(self.columns("loans"), ["id", "book_id", "member_id"],
                         "loans, the join table, has the columns id, book_id, member_id")

    def test_schema_twice(self):
        library.create_schema(self.conn)

    def test_foreign_keys_declared(self):
        self.assertEqual(self.foreign_keys("books"), [("author_id", "authors", "id")],
                         "books.author_id must be a foreign key: REFERENCES authors(id)")
        self.assertEqual(self.foreign_keys("loans"),
                         [("book_id", "books", "id"), ("member_id", "members", "id")],
                         "loans.book_id REFERENCES books(id) and loans.member_id REFERENCES members(id)")

    def test_foreign_key_refuses_a_missing_author(self):
        self.conn.execute("INSERT INTO authors (id, name) VALUES (1, 'Jane Austen')")
        with self.assertRaises(sqlite3.IntegrityError,
                               msg="A book whose author_id names no author must be refused: REFERENCES authors(id)"):
            self.conn.execute("INSERT INTO books (title, author_id) VALUES ('Nobody wrote me', 99)")

    def test_books_with_authors(self):
        self.fill()
        result, selects = self.selects_during(lambda: library.books_with_authors(self.conn))
        self.assertEqual(result, [("Dune", "Frank Herbert"), ("Emma", "Jane Austen"),
                                  ("Persuasion", "Jane Austen"), ("The Dispossessed", "Ursula K. Le Guin")],
                         "Every book with its author's name, sorted by title")
        self.assertEqual(len(selects), 1,
                         f"Answer with ONE query that joins the tables; this ran {len(selects)} SELECTs")
        self.assertIn("JOIN", selects[0].upper(), "Use JOIN authors ON authors.id = books.author_id")

    def test_books_with_authors_empty(self):
        self.assertEqual(library.books_with_authors(self.conn), [])

    def test_loans_per_member_keeps_members_without_loans(self):
        self.fill()
        result, selects = self.selects_during(lambda: library.loans_per_member(self.conn))
        names = [row[0] for row in result or []]
        self.assertIn("Dee", names,
                      "Dee borrowed nothing and must still be listed: an inner JOIN drops her, LEFT JOIN keeps her")
        self.assertIn(("Dee", 0), result,
                      "Dee borrowed nothing: 0 loans. COUNT(*) counts the row LEFT JOIN made for her; COUNT(loans.id) counts only real loans")
        self.assertEqual(result, [("Ada", 3), ("Bo", 1), ("Cy", 1), ("Dee", 0)],
                         "Every member with their number of loans, sorted by name (Ada borrowed Dune twice: 3 loans)")
        self.assertEqual(len(selects), 1,
                         f"Answer with ONE query: LEFT JOIN and GROUP BY; this ran {len(selects)} SELECTs")

    def test_loans_per_member_none_at_all(self):
        self.conn.execute("INSERT INTO members (name) VALUES ('Eve')")
        self.assertEqual(library.loans_per_member(self.conn), [("Eve", 0)],
                         "COUNT(loans.id) counts only real loans; COUNT(*) counts the row LEFT JOIN made for Eve")

    def test_borrowers_of(self):
        self.fill()
        result, selects = self.selects_during(lambda: library.borrowers_of(self.conn, "Dune"))
        self.assertEqual(result, ["Ada", "Bo"],
                         "Ada and Bo borrowed Dune; each name once (Ada twice: DISTINCT), sorted")
        self.assertEqual(len(selects), 1,
                         f"Answer with ONE query that walks members, loans and books; this ran {len(selects)} SELECTs")
        self.assertEqual(library.borrowers_of(self.conn, "The Dispossessed"), ["Cy"])
        self.assertEqual(library.borrowers_of(self.conn, "Persuasion"), [],
                         "Nobody borrowed Persuasion: an empty list")
        self.assertEqual(library.borrowers_of(self.conn, "Dune' OR '1'='1"), [],
                         "Pass the title as a ? parameter, never inside the SQL text")


if __name__ == "__main__":
    unittest.main()
