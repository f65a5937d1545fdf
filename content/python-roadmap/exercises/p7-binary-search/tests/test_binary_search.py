import unittest

from binary_search import binary_search

NUMBERS = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]


class BinarySearchTests(unittest.TestCase):
    def test_every_item_is_found(self):
        for index, value in enumerate(NUMBERS):
            found, _ = binary_search(NUMBERS, value)
            self.assertEqual(found, index, f"binary_search(NUMBERS, {value}) should find index {index}")

    def test_missing(self):
        for value in (1, 7, 50, 100):
            found, _ = binary_search(NUMBERS, value)
            self.assertEqual(found, -1, f"{value} is not in the list: return -1")

    def test_edges(self):
        self.assertEqual(binary_search([], 3)[0], -1, "An empty list: the loop never runs, return -1")
        self.assertEqual(binary_search([3], 3)[0], 0, "One item: use `while low <= high`, not `<`")

    def test_steps_are_logarithmic(self):
        big = list(range(0, 2_000_000, 2))
        for target in (0, 1_999_998, 777_776, 3):
            index, steps = binary_search(big, target)
            self.assertEqual(index, -1 if target % 2 else target // 2)
            self.assertLessEqual(steps, 21,
                                 f"{steps} steps for a million items: halve the range each time "
                                 "(low = middle + 1, high = middle - 1)")
            self.assertGreater(steps, 0, "Count one step each time round the loop")


if __name__ == "__main__":
    unittest.main()
