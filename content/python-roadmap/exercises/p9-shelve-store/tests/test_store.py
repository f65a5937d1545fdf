import os
import shelve
import tempfile
import unittest

from store import find_by_author, find_by_author_scan, load_book, save_book

EMMA = {"id": 1, "title": "Emma", "author": "Austen"}
DRACULA = {"id": 2, "title": "Dracula", "author": "Stoker", "year": 1897}
PERSUASION = {"id": 3, "title": "Persuasion", "author": "Austen", "tags": ["novel", "navy"]}


class ShelfTestCase(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.folder.name, "books")

    def tearDown(self):
        self.folder.cleanup()

    def save_all(self, *books):
        for book in books:
            save_book(self.path, dict(book))


class DocumentTests(ShelfTestCase):
    def test_round_trip(self):
        self.save_all(EMMA, DRACULA, PERSUASION)
        self.assertEqual(load_book(self.path, 2), DRACULA,
                         "load_book must give back the whole document saved under that id, extra fields too")
        self.assertEqual(load_book(self.path, 3), PERSUASION,
                         "A document may hold any fields, lists too: store the dict as it is")

    def test_missing(self):
        self.save_all(EMMA)
        self.assertIsNone(load_book(self.path, 99), "load_book returns None for an id that was never saved")

    def test_stored_under_book_key(self):
        self.save_all(EMMA)
        with shelve.open(self.path) as db:
            self.assertEqual(db.get("book:1"), EMMA, "Each book is stored under the key book:ID, here book:1")

    def test_kept_on_disk(self):
        self.save_all(EMMA, DRACULA)
        self.assertEqual(load_book(self.path, 1), EMMA,
                         "Open the shelf in every function: the documents live in the file, not in a variable")

    def test_save_again_replaces(self):
        self.save_all(EMMA)
        save_book(self.path, {"id": 1, "title": "Emma", "author": "Austen", "year": 1815})
        self.assertEqual(load_book(self.path, 1)["year"], 1815, "Saving the same id again replaces the document")


class ScanTests(ShelfTestCase):
    def test_scan(self):
        self.save_all(PERSUASION, DRACULA, EMMA)
        self.assertEqual(find_by_author_scan(self.path, "Austen"), [EMMA, PERSUASION],
                         "find_by_author_scan returns every book of that author, by id from smallest")
        self.assertEqual(find_by_author_scan(self.path, "Stoker"), [DRACULA], "Stoker wrote one book here")
        self.assertEqual(find_by_author_scan(self.path, "Nobody"), [], "An unknown author has no books: []")

    def test_scan_reads_every_document(self):
        self.save_all(EMMA)
        with shelve.open(self.path) as db:
            db["book:7"] = {"id": 7, "title": "Sanditon", "author": "Austen"}
        self.assertEqual([book["id"] for book in find_by_author_scan(self.path, "Austen")], [1, 7],
                         "find_by_author_scan must look at every book:... key in the shelf")

    def test_scan_empty_shelf(self):
        self.assertEqual(find_by_author_scan(self.path, "Austen"), [],
                         "A new, empty shelf has no books")


class IndexTests(ShelfTestCase):
    def index(self):
        with shelve.open(self.path) as db:
            return db.get("index:author")

    def test_index_kept(self):
        self.save_all(PERSUASION, DRACULA, EMMA)
        self.assertEqual(self.index(), {"Austen": [1, 3], "Stoker": [2]},
                         "save_book keeps index:author: a dict from each author to the sorted list of their ids")

    def test_indexed_query(self):
        self.save_all(PERSUASION, DRACULA, EMMA)
        self.assertEqual(find_by_author(self.path, "Austen"), [EMMA, PERSUASION],
                         "find_by_author gives the same books as the scan, by id")
        self.assertEqual(find_by_author(self.path, "Nobody"), [], "An author missing from the index has no books: []")

    def test_uses_the_index(self):
        self.save_all(EMMA)
        with shelve.open(self.path) as db:
            db["book:7"] = {"id": 7, "title": "Sanditon", "author": "Austen"}  # not in the index
        self.assertEqual([book["id"] for book in find_by_author(self.path, "Austen")], [1],
                         "find_by_author must read the ids from index:author and load only those books, "
                         "not scan the whole shelf")

    def test_author_changes(self):
        self.save_all(EMMA, DRACULA)
        save_book(self.path, {"id": 2, "title": "Dracula", "author": "Austen"})
        self.assertEqual(self.index(), {"Austen": [1, 2]},
                         "When a saved book changes author, move its id in the index; an author left "
                         "with no ids disappears from it")
        self.assertEqual(find_by_author(self.path, "Stoker"), [], "Stoker has no books any more")

    def test_save_twice_no_duplicates(self):
        self.save_all(EMMA, EMMA)
        self.assertEqual(self.index(), {"Austen": [1]}, "Saving the same book twice lists its id once")


if __name__ == "__main__":
    unittest.main()
