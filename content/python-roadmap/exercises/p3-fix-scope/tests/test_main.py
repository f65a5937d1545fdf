import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads a line of visitors when it is imported: give it one.
sys.stdin = io.StringIO("ada grace linus\n")
with redirect_stdout(io.StringIO()):
    from main import add_visit
sys.stdin = sys.__stdin__


class TestAddVisit(unittest.TestCase):
    def test_one(self):
        self.assertEqual(add_visit(0), 1, "add_visit(0) should return 1")

    def test_many(self):
        self.assertEqual(add_visit(41), 42, "add_visit(41) should return 42")
