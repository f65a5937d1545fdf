import unittest

from change import greedy_is_optimal, make_change


class MakeChangeTests(unittest.TestCase):
    def test_euro(self):
        self.assertEqual(make_change(88, [1, 2, 5, 10, 20, 50]), [50, 20, 10, 5, 2, 1])

    def test_unsorted_coins(self):
        self.assertEqual(make_change(40, [10, 1, 20, 5]), [20, 20],
                         "Coins may come in any order: sort them biggest first")

    def test_repeats(self):
        self.assertEqual(make_change(7, [1, 2, 5]), [5, 2])
        self.assertEqual(make_change(4, [1, 2]), [2, 2], "Take a coin again while it still fits")

    def test_zero(self):
        self.assertEqual(make_change(0, [1, 2]), [])

    def test_greedy_trap(self):
        self.assertEqual(make_change(6, [1, 3, 4]), [4, 1, 1], "Greedy takes the 4 first, even though 3 + 3 is better")


class GreedyIsOptimalTests(unittest.TestCase):
    def test_good_sets(self):
        self.assertTrue(greedy_is_optimal([1, 2, 5, 10, 20, 50], 200))
        self.assertTrue(greedy_is_optimal([1, 2, 5, 10], 50))

    def test_bad_sets(self):
        self.assertFalse(greedy_is_optimal([1, 3, 4], 20), "For 6, 3 + 3 beats greedy's 4 + 1 + 1")
        self.assertFalse(greedy_is_optimal([1, 10, 25], 100), "For 30, 10 + 10 + 10 beats 25 + five 1s")

    def test_limit_matters(self):
        self.assertTrue(greedy_is_optimal([1, 3, 4], 5), "Up to 5, greedy is still fine with [1, 3, 4]")


if __name__ == "__main__":
    unittest.main()
