import unittest

import prices


class TestPrices(unittest.TestCase):
    def test_total(self):
        self.assertEqual(prices.total([2.5, 4.0, 1.5, 2.0]), 10.0)

    def test_average(self):
        self.assertTrue(hasattr(prices, "average"),
                        "prices.py has no `average` yet: write it on the branch `feature`, "
                        "then merge `feature` into `main`")
        self.assertEqual(prices.average([2.5, 4.0, 1.5, 2.0]), 2.5)
        self.assertEqual(prices.average([3.0]), 3.0)

    def test_average_of_nothing(self):
        self.assertTrue(hasattr(prices, "average"), "prices.py has no `average` yet")
        self.assertEqual(prices.average([]), 0.0, "no prices: the average is 0.0, not an error")
