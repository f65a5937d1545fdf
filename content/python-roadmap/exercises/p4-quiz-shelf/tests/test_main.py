import unittest

from main import Book, Shelf


def austen_shelf(size=3):
    shelf = Shelf(size)
    shelf.add(Book("Emma", "Austen", 474))
    shelf.add(Book("Dracula", "Stoker", 418))
    shelf.add(Book("Persuasion", "Austen", 249))
    return shelf


class TestBook(unittest.TestCase):
    def test_attributes(self):
        book = Book("Emma", "Austen", 474)
        self.assertEqual((book.title, book.author, book.pages), ("Emma", "Austen", 474),
                         "Book should store title, author and pages as attributes")


class TestShelf(unittest.TestCase):
    def test_empty(self):
        shelf = Shelf(5)
        self.assertEqual(len(shelf), 0, "a new shelf is empty: len(shelf) is 0")
        self.assertFalse("Emma" in shelf, "an empty shelf holds no book")
        self.assertEqual(shelf.by("Austen"), [], "an empty shelf has no books by anyone")
        self.assertEqual(shelf.pages(), 0, "an empty shelf has 0 pages")

    def test_len(self):
        self.assertEqual(len(austen_shelf()), 3, "three books were added: len(shelf) should be 3")

    def test_contains(self):
        shelf = austen_shelf()
        self.assertTrue("Dracula" in shelf, "'Dracula' in shelf should be True after adding it")
        self.assertFalse("Ulysses" in shelf, "a title that was never added is not in the shelf")

    def test_by(self):
        shelf = austen_shelf()
        self.assertEqual(shelf.by("Austen"), ["Emma", "Persuasion"], "by() returns the titles, in the order they were added")
        self.assertEqual(shelf.by("Stoker"), ["Dracula"], "by('Stoker') gives the one Stoker title")
        self.assertEqual(shelf.by("Woolf"), [], "an author with no books gives an empty list")

    def test_pages(self):
        self.assertEqual(austen_shelf().pages(), 474 + 418 + 249, "pages() adds the pages of every book")

    def test_full(self):
        shelf = austen_shelf(3)
        with self.assertRaises(ValueError, msg="adding a book to a full shelf should raise ValueError") as caught:
            shelf.add(Book("Ulysses", "Joyce", 730))
        self.assertEqual(str(caught.exception), "the shelf is full")
        self.assertEqual(len(shelf), 3, "a refused book must not end up on the shelf")

    def test_shelves_are_separate(self):
        one = Shelf(2)
        two = Shelf(2)
        one.add(Book("Emma", "Austen", 474))
        self.assertEqual(len(two), 0, "each shelf needs its own list of books: make it in __init__")
