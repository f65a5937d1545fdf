import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads a line of numbers when it is imported: give it one.
sys.stdin = io.StringIO("1 2 4.5\n")
with redirect_stdout(io.StringIO()):
    from main import average, describe
sys.stdin = sys.__stdin__


class TestAverage(unittest.TestCase):
    def test_average(self):
        self.assertAlmostEqual(average([1.0, 2.0, 4.5]), 2.5)

    def test_one(self):
        self.assertAlmostEqual(average([7.0]), 7.0)

    def test_empty(self):
        self.assertEqual(average([]), 0.0, "average([]) should return 0.0, not crash")

    def test_describe(self):
        self.assertEqual(describe([2.0, 3.0]), "2 numbers, average 2.50")

    def test_describe_empty(self):
        self.assertEqual(describe([]), "0 numbers, average 0.00")
