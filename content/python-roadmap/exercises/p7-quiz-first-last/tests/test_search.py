import unittest

from search import first_last


class CountingList(list):
    """A list that counts how many items are read from it."""

    def __init__(self, items):
        super().__init__(items)
        self.reads = 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            self.reads += len(range(*index.indices(len(self))))
        else:
            self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        self.reads += len(self)
        return super().__iter__()

    def __contains__(self, value):
        self.reads += len(self)
        return super().__contains__(value)


class FirstLastTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(first_last([1, 3, 3, 3, 5, 8], 3), (1, 3))
        self.assertEqual(first_last([1, 3, 3, 3, 5, 8], 4), (-1, -1),
                         "4 is not in the list: return (-1, -1)")

    def test_ends(self):
        items = [2, 2, 4, 6, 9, 9, 9]
        self.assertEqual(first_last(items, 2), (0, 1), "The target at the very start")
        self.assertEqual(first_last(items, 9), (4, 6), "The target at the very end")
        self.assertEqual(first_last(items, 4), (2, 2), "A target found once: first and last are the same index")

    def test_missing(self):
        self.assertEqual(first_last([], 1), (-1, -1), "Nothing is in an empty list")
        self.assertEqual(first_last([5, 6], 1), (-1, -1), "A target smaller than every item")
        self.assertEqual(first_last([5, 6], 7), (-1, -1), "A target larger than every item")

    def test_all_the_same(self):
        self.assertEqual(first_last([7] * 10, 7), (0, 9), "Every item is the target")

    def test_few_reads(self):
        items = CountingList([n // 3 for n in range(1_000_000)])
        self.assertEqual(first_last(items, 123_456), (370_368, 370_370))
        self.assertLess(items.reads, 200,
                        f"first_last read {items.reads} items of a million; binary search needs about 40. "
                        "Halve the range low..high at each step instead of walking through the list")

    def test_long_run_few_reads(self):
        items = CountingList([0] * 10 + [1] * 500_000 + [2] * 10)
        self.assertEqual(first_last(items, 1), (10, 500_009))
        self.assertLess(items.reads, 200,
                        f"first_last read {items.reads} items: walking from the first 1 to the last one "
                        "is slow when the run is long. Find the last place with a second binary search")


if __name__ == "__main__":
    unittest.main()
