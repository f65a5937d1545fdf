import unittest
from main import total


class TestTotal(unittest.TestCase):
    def test_total(self):
        self.assertEqual(total(["3", "4", "10"]), 17)

    def test_empty(self):
        self.assertEqual(total([]), 0)
