import unittest
from main import hypotenuse


class TestHypotenuse(unittest.TestCase):
    def test_345(self):
        self.assertAlmostEqual(hypotenuse(3, 4), 5.0)

    def test_decimals(self):
        self.assertAlmostEqual(hypotenuse(1.5, 2), 2.5)
