import random
import unittest

from selection import selection_sort


def reference_swaps(items):
    items = list(items)
    swaps = 0
    for i in range(len(items) - 1):
        smallest = i
        for j in range(i + 1, len(items)):
            if items[j] < items[smallest]:
                smallest = j
        if smallest != i:
            items[i], items[smallest] = items[smallest], items[i]
            swaps += 1
    return swaps


class SelectionSortTests(unittest.TestCase):
    def test_example(self):
        numbers = [29, 10, 14, 37, 13]
        swaps = selection_sort(numbers)
        self.assertEqual(numbers, [10, 13, 14, 29, 37],
                         "selection_sort must sort the list it is given (in place)")
        self.assertEqual(swaps, 3, "10 swaps with 29, 13 with 29, 14 stays, 29 swaps with 37: 3 swaps")

    def test_already_sorted(self):
        numbers = [1, 2, 3, 4, 5]
        self.assertEqual(selection_sort(numbers), 0,
                         "Every item is already in its place: no swap at all. Swap only when the "
                         "smallest item is not already at position i")
        self.assertEqual(numbers, [1, 2, 3, 4, 5])

    def test_reversed(self):
        numbers = [6, 5, 4, 3, 2, 1]
        self.assertEqual(selection_sort(numbers), 3,
                         "[6, 5, 4, 3, 2, 1] needs 3 swaps: 6 with 1, 5 with 2, 4 with 3")
        self.assertEqual(numbers, [1, 2, 3, 4, 5, 6])

    def test_empty_and_one(self):
        empty: list[int] = []
        self.assertEqual(selection_sort(empty), 0, "An empty list needs no swap")
        one = [7]
        self.assertEqual(selection_sort(one), 0, "One item needs no swap")
        self.assertEqual(one, [7])

    def test_random_distinct(self):
        rng = random.Random(11)
        for _ in range(40):
            numbers = rng.sample(range(-100, 100), rng.randint(2, 40))
            expected = sorted(numbers)
            swaps_expected = reference_swaps(numbers)
            original = list(numbers)
            swaps = selection_sort(numbers)
            self.assertEqual(numbers, expected, f"selection_sort({original}) did not sort the list")
            self.assertEqual(swaps, swaps_expected,
                             f"selection_sort({original}) should make {swaps_expected} swaps, "
                             f"not {swaps}: one swap per position whose smallest item is elsewhere")

    def test_repeats(self):
        rng = random.Random(12)
        for _ in range(30):
            numbers = [rng.randint(0, 5) for _ in range(rng.randint(2, 30))]
            expected = sorted(numbers)
            swaps_expected = reference_swaps(numbers)
            original = list(numbers)
            swaps = selection_sort(numbers)
            self.assertEqual(numbers, expected, f"selection_sort({original}) did not sort the list")
            self.assertEqual(swaps, swaps_expected,
                             f"selection_sort({original}) should make {swaps_expected} swaps, not "
                             f"{swaps}. When several items are equally small, take the first "
                             "(compare with `<`, not `<=`)")


if __name__ == "__main__":
    unittest.main()
