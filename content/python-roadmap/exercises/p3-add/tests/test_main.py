import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads two numbers when it is imported: give it two.
sys.stdin = io.StringIO("2\n3\n")
with redirect_stdout(io.StringIO()):
    from main import add
sys.stdin = sys.__stdin__


class TestAdd(unittest.TestCase):
    def test_small(self):
        self.assertEqual(add(2, 3), 5, "add(2, 3) should return 5")

    def test_negative(self):
        self.assertEqual(add(-4, 1), -3, "add(-4, 1) should return -3")

    def test_returns(self):
        self.assertIsNotNone(add(0, 0), "add(0, 0) returned None: did you print instead of return?")
