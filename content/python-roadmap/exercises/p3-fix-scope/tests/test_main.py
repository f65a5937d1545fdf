import io
import unittest
from contextlib import redirect_stdout

with redirect_stdout(io.StringIO()):
    from main import add_visit


class TestAddVisit(unittest.TestCase):
    def test_one(self):
        self.assertEqual(add_visit(0), 1, "add_visit(0) should return 1")

    def test_many(self):
        self.assertEqual(add_visit(41), 42, "add_visit(41) should return 42")
