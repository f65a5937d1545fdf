import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads students' scores when it is imported: give it some.
sys.stdin = io.StringIO("Ada 90 95\nGrace\n\n")
with redirect_stdout(io.StringIO()):
    from main import average
sys.stdin = sys.__stdin__


class TestAverage(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(average([]), 0.0, "average([]) should be 0.0")

    def test_numbers(self):
        self.assertEqual(average([80, 85, 90]), 85.0)
