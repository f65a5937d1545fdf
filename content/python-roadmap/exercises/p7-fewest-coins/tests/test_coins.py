import unittest

from coins import fewest_coins


class FewestCoinsTests(unittest.TestCase):
    def test_greedy_is_wrong_here(self):
        self.assertEqual(fewest_coins([1, 3, 4], 6), 2,
                         "3 + 3 uses 2 coins; biggest-first (4 + 1 + 1) uses 3")

    def test_usual_coins(self):
        self.assertEqual(fewest_coins([1, 2, 5, 10, 20, 50], 88), 6, "50 + 20 + 10 + 5 + 2 + 1")

    def test_zero(self):
        self.assertEqual(fewest_coins([1, 2], 0), 0, "Amount 0 needs no coins")

    def test_impossible(self):
        self.assertEqual(fewest_coins([5], 3), -1, "3 cannot be made from 5s: return -1")
        self.assertEqual(fewest_coins([4, 6], 7), -1, "Only even amounts can be made from 4 and 6")

    def test_large_amount(self):
        self.assertEqual(fewest_coins([7, 13, 29], 10000), 348,
                         "Use a table from 0 up to the amount; plain recursion is far too slow here")


if __name__ == "__main__":
    unittest.main()
