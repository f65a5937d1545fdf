import os
import tempfile
import unittest

from storage import Storage


class StorageTests(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.path = os.path.join(folder.name, "test.db")
        self.storage = Storage(self.path)

    def test_users(self):
        self.assertTrue(self.storage.add_user("ada", "salt$hash"))
        self.assertFalse(self.storage.add_user("ada", "other$hash"), "add_user returns False for a taken username")
        self.assertEqual(self.storage.password_hash("ada"), "salt$hash")
        self.assertIsNone(self.storage.password_hash("bo"))

    def test_bookmarks(self):
        self.storage.add_user("ada", "x$y")
        self.storage.add_user("bo", "x$y")
        first = self.storage.add_bookmark("ada", "https://python.org", "Python")
        self.assertEqual(first, {"id": 1, "url": "https://python.org", "title": "Python"})
        self.storage.add_bookmark("bo", "https://sqlite.org", "SQLite")
        self.storage.add_bookmark("ada", "https://docs.python.org", "Docs")
        self.assertEqual([b["title"] for b in self.storage.list_bookmarks("ada")], ["Python", "Docs"],
                         "list_bookmarks gives only that user's bookmarks, by id")

    def test_delete(self):
        self.storage.add_user("ada", "x$y")
        self.storage.add_user("bo", "x$y")
        mark = self.storage.add_bookmark("ada", "https://python.org", "Python")
        self.assertFalse(self.storage.delete_bookmark("bo", mark["id"]), "Nobody deletes another user's bookmark")
        self.assertTrue(self.storage.delete_bookmark("ada", mark["id"]))
        self.assertFalse(self.storage.delete_bookmark("ada", mark["id"]))
        self.assertEqual(self.storage.list_bookmarks("ada"), [])

    def test_kept_on_disk(self):
        self.storage.add_user("ada", "x$y")
        self.storage.add_bookmark("ada", "https://python.org", "Python")
        again = Storage(self.path)
        self.assertEqual(len(again.list_bookmarks("ada")), 1, "The data must be in the database file, not in memory")

    def test_injection(self):
        self.storage.add_user("ada", "x$y")
        self.assertIsNone(self.storage.password_hash("x' OR '1'='1"), "Use ? placeholders in every query")


if __name__ == "__main__":
    unittest.main()
