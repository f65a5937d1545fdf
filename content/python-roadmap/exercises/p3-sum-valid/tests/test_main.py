import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads its lines when it is imported: give it some.
sys.stdin = io.StringIO("2\n1.5\nx\n")
with redirect_stdout(io.StringIO()):
    from main import total
sys.stdin = sys.__stdin__


class TestTotal(unittest.TestCase):
    def test_demo(self):
        self.assertEqual(total(["2.5", "oops", "4", ""]), (6.5, 2))

    def test_all_good(self):
        self.assertEqual(total(["1", "2", "3"]), (6.0, 0))

    def test_empty(self):
        self.assertEqual(total([]), (0.0, 0))

    def test_bad_first(self):
        self.assertEqual(total(["x", "10"]), (10.0, 1), "one bad line must not stop the others")
