# The learner's ORM models and queries, compared with the raw SQL of
# "Authors, books and loans: JOIN" run on the same database.
import unittest

from sqlalchemy import event
from sqlalchemy.orm import Session

import models

RAW_JOIN = """
    SELECT books.title, authors.name
    FROM books JOIN authors ON authors.id = books.author_id
    ORDER BY books.title
"""
RAW_COUNTS = """
    SELECT authors.name, COUNT(books.id)
    FROM authors LEFT JOIN books ON books.author_id = authors.id
    GROUP BY authors.id
    ORDER BY authors.name
"""


class OrmTests(unittest.TestCase):
    def setUp(self):
        self.engine = models.make_engine()
        self.session = Session(self.engine, future=True)
        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self.record)

    def tearDown(self):
        event.remove(self.engine, "before_cursor_execute", self.record)
        self.session.close()
        self.engine.dispose()

    def record(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append(statement)

    def raw(self, sql):
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql)]

    def selects_during(self, call):
        self.statements.clear()
        result = call()
        return result, [s for s in self.statements if s.lstrip().upper().startswith("SELECT")]

    def fill(self):
        for title, author in [("Persuasion", "Jane Austen"), ("Dune", "Frank Herbert"),
                              ("Emma", "Jane Austen"), ("The Dispossessed", "Ursula K. Le Guin"),
                              ("Children of Dune", "Frank Herbert")]:
            models.add_book(self.session, title, author)
        self.session.add(models.Author(name="Mary Shelley"))
        self.session.commit()

    def test_books_table(self):
        columns = [row[1] for row in self.raw("PRAGMA table_info(books)")]
        self.assertEqual(columns, ["id", "title", "author_id"],
                         "The model Book makes the table books with the columns id, title, author_id")
        keys = [(row[3], row[2], row[4]) for row in self.raw("PRAGMA foreign_key_list(books)")]
        self.assertEqual(keys, [("author_id", "authors", "id")],
                         "author_id is a foreign key: Column(Integer, ForeignKey(\"authors.id\"), nullable=False)")

    def test_add_book_links_the_author(self):
        book = models.add_book(self.session, "Emma", "Jane Austen")
        self.assertIsInstance(book, models.Book, "add_book returns the new Book object")
        self.assertEqual(book.title, "Emma")
        self.assertEqual(book.author.name, "Jane Austen",
                         "book.author is the relationship to its Author: relationship(\"Author\", back_populates=\"books\")")
        self.assertIsNotNone(book.id, "add_book commits, so the book has its id")

    def test_add_book_reuses_an_author(self):
        models.add_book(self.session, "Emma", "Jane Austen")
        second = models.add_book(self.session, "Persuasion", "Jane Austen")
        models.add_book(self.session, "Dune", "Frank Herbert")
        self.assertEqual(self.raw("SELECT name FROM authors ORDER BY name"), [("Frank Herbert",), ("Jane Austen",)],
                         "An author already in the database is looked up with select(Author).where(...), "
                         "not added a second time")
        self.assertEqual(sorted(b.title for b in second.author.books), ["Emma", "Persuasion"],
                         "author.books lists every book of that author (the other side of the relationship)")

    def test_books_with_authors_equals_the_raw_join(self):
        self.fill()
        result, selects = self.selects_during(lambda: models.books_with_authors(self.session))
        expected = self.raw(RAW_JOIN)
        self.assertEqual(result, expected,
                         "books_with_authors gives the same rows as the raw SQL JOIN: (title, author name), by title")
        self.assertEqual(len(selects), 1,
                         f"One query, as with raw SQL: select(Book.title, Author.name).join(Book.author); "
                         f"this ran {len(selects)} SELECTs (following book.author in a loop asks once per book)")

    def test_book_counts_equals_the_raw_left_join(self):
        self.fill()
        result, selects = self.selects_during(lambda: models.book_counts(self.session))
        expected = self.raw(RAW_COUNTS)
        self.assertIn(("Mary Shelley", 0), result,
                      "Mary Shelley has no book and must be listed with 0: an outer join keeps her, "
                      "and func.count(Book.id) counts only real books")
        self.assertEqual(result, expected,
                         "book_counts gives the same rows as the raw SQL LEFT JOIN with GROUP BY")
        self.assertEqual(len(selects), 1, f"One query with outerjoin and group_by; this ran {len(selects)} SELECTs")

    def test_empty_database(self):
        self.assertEqual(models.books_with_authors(self.session), [])
        self.assertEqual(models.book_counts(self.session), [])


if __name__ == "__main__":
    unittest.main()
