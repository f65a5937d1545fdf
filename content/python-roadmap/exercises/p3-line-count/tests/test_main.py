import os
import tempfile
import unittest
from main import count


class TestCount(unittest.TestCase):
    def write(self, text):
        fd, path = tempfile.mkstemp(suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        self.addCleanup(os.remove, path)
        return path

    def test_small(self):
        self.assertEqual(count(self.write("one two\nthree\n")), (2, 3))

    def test_empty(self):
        self.assertEqual(count(self.write("")), (0, 0))

    def test_uses_path(self):
        self.assertEqual(count(self.write("a b c d e\n")), (1, 5), "count() must open the file it is given, not always poem.txt")
