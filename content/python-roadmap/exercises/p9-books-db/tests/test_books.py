import sqlite3
import unittest

import books


class BooksTests(unittest.TestCase):
    def setUp(self):
        self.conn = sqlite3.connect(":memory:")
        books.create_schema(self.conn)

    def tearDown(self):
        self.conn.close()

    def test_schema_twice(self):
        books.create_schema(self.conn)
        columns = [row[1] for row in self.conn.execute("PRAGMA table_info(books)")]
        self.assertEqual(columns, ["id", "title", "author", "year"])

    def test_add_returns_ids(self):
        first = books.add_book(self.conn, "Dune", "Frank Herbert", 1965)
        second = books.add_book(self.conn, "Emma", "Jane Austen", 1815)
        self.assertIsInstance(first, int)
        self.assertEqual(second, first + 1, "add_book returns the new row's id (cursor.lastrowid)")

    def test_committed(self):
        books.add_book(self.conn, "Dune", "Frank Herbert", 1965)
        self.assertFalse(self.conn.in_transaction, "Commit after inserting")

    def test_since(self):
        books.add_book(self.conn, "Persuasion", "Jane Austen", 1817)
        books.add_book(self.conn, "Emma", "Jane Austen", 1815)
        books.add_book(self.conn, "Dune", "Frank Herbert", 1965)
        books.add_book(self.conn, "Children of Dune", "Frank Herbert", 1965)
        self.assertEqual(books.books_since(self.conn, 1816),
                         [("Persuasion", 1817), ("Children of Dune", 1965), ("Dune", 1965)])
        self.assertEqual(books.books_since(self.conn, 2000), [])

    def test_quotes_in_titles(self):
        books.add_book(self.conn, "Dragon's Egg", "Robert L. Forward", 1980)
        self.assertEqual(books.books_since(self.conn, 1980), [("Dragon's Egg", 1980)],
                         "A quote in a title breaks string-built SQL; ? placeholders handle it")

    def test_per_author(self):
        books.add_book(self.conn, "Emma", "Jane Austen", 1815)
        books.add_book(self.conn, "Persuasion", "Jane Austen", 1817)
        books.add_book(self.conn, "Dune", "Frank Herbert", 1965)
        self.assertEqual(books.books_per_author(self.conn), {"Jane Austen": 2, "Frank Herbert": 1})


if __name__ == "__main__":
    unittest.main()
