import unittest

from main import Book


class TestBook(unittest.TestCase):
    def test_attributes(self):
        book = Book("Emma", "Jane Austen", 474)
        self.assertEqual(book.title, "Emma", "__init__ should store the title as self.title")
        self.assertEqual(book.author, "Jane Austen", "__init__ should store the author as self.author")
        self.assertEqual(book.pages, 474, "__init__ should store the pages as self.pages")

    def test_describe(self):
        book = Book("Emma", "Jane Austen", 474)
        self.assertEqual(book.describe(), "Emma by Jane Austen, 474 pages")

    def test_is_long(self):
        self.assertTrue(Book("A", "B", 301).is_long(), "301 pages is more than 300")
        self.assertFalse(Book("A", "B", 300).is_long(), "300 pages is not MORE than 300")

    def test_two_books_are_separate(self):
        a = Book("A", "X", 10)
        b = Book("B", "Y", 20)
        self.assertEqual(a.title, "A", "each object keeps its own attributes")
        self.assertEqual(b.title, "B", "each object keeps its own attributes")


if __name__ == "__main__":
    unittest.main()
