import itertools
import unittest

from subsets import exact_change


def expected(coins, target):
    found = []
    for size in range(1, len(coins) + 1):
        for combo in itertools.combinations(coins, size):
            if sum(combo) == target:
                found.append(list(combo))
    return sorted(found)


class ExactChangeTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(sorted(exact_change([1, 2, 3, 5], 5)), [[2, 3], [5]],
                         "1 + 2 is only 3; the answers are [2, 3] and [5]")

    def test_nothing_works(self):
        self.assertEqual(exact_change([10, 20], 5), [], "No combination: return an empty list")

    def test_coins_in_given_order(self):
        for combo in exact_change([5, 1, 4, 3, 2], 6):
            positions = [[5, 1, 4, 3, 2].index(c) for c in combo]
            self.assertEqual(positions, sorted(positions),
                             f"{combo}: list the coins in the order they appear in `coins`")

    def test_many(self):
        coins = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        self.assertEqual(sorted(exact_change(coins, 15)), expected(coins, 15),
                         "Every combination, each exactly once")

    def test_results_are_copies(self):
        result = exact_change([1, 2, 3], 3)
        self.assertEqual(sorted(result), [[1, 2], [3]],
                         "Record list(chosen), a copy; chosen itself is emptied again by the undo steps")


if __name__ == "__main__":
    unittest.main()
