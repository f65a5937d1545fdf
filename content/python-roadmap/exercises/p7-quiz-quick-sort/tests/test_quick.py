import random
import unittest

from quick import quick_sort


class QuickSortTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(quick_sort([5, 3, 8, 3, 1]), [1, 3, 3, 5, 8])

    def test_small(self):
        self.assertEqual(quick_sort([]), [], "An empty list sorts to an empty list")
        self.assertEqual(quick_sort([7]), [7], "One item is already sorted")
        self.assertEqual(quick_sort([2, 1]), [1, 2])

    def test_repeats_and_negatives(self):
        self.assertEqual(quick_sort([0, -4, 9, -4, 0, 0]), [-4, -4, 0, 0, 0, 9],
                         "Repeated items must all be kept: put the items equal to the pivot in a list of their own")
        self.assertEqual(quick_sort([6, 6, 6]), [6, 6, 6], "All items equal")

    def test_input_unchanged(self):
        numbers = [3, 1, 2]
        result = quick_sort(numbers)
        self.assertEqual(numbers, [3, 1, 2], "quick_sort must not change the list it is given")
        self.assertIsNot(result, numbers, "Return a new list, not the one you were given")
        one = [4]
        self.assertIsNot(quick_sort(one), one, "Even for one item, return a new list (a copy)")

    def test_random(self):
        rng = random.Random(20)
        for size in [10, 100, 1000]:
            numbers = [rng.randint(-50, 50) for _ in range(size)]
            expected = sorted(numbers)
            self.assertEqual(quick_sort(numbers), expected, f"A random list of {size} numbers is not sorted right")

    def test_already_sorted(self):
        numbers = list(range(3000))
        try:
            result = quick_sort(numbers)
        except RecursionError:
            self.fail("Sorting 0, 1, ..., 2999 called quick_sort too deeply (`RecursionError`): "
                      "take the middle item as the pivot, so that each split halves the list")
        self.assertEqual(result, numbers)
        self.assertEqual(quick_sort(numbers[::-1]), numbers, "A list in reverse order")


if __name__ == "__main__":
    unittest.main()
