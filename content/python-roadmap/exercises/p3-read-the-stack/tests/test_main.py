import io
import unittest
from contextlib import redirect_stdout

with redirect_stdout(io.StringIO()):
    from main import average


class TestAverage(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(average([]), 0.0, "average([]) should be 0.0")

    def test_numbers(self):
        self.assertEqual(average([80, 85, 90]), 85.0)
