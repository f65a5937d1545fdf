import unittest
from collections.abc import Iterator

from main import batches, running_totals


def careful(values):
    """Yields the values, then fails if anyone asks for more."""
    for value in values:
        yield value
    raise AssertionError("running_totals read more numbers than it needed: yield each total as soon as you have it")


class TestBatches(unittest.TestCase):
    def test_example(self):
        self.assertEqual(list(batches(["a", "b", "c", "d", "e"], 2)), [["a", "b"], ["c", "d"], ["e"]],
                         "batches of 2 from five items: two full ones and a last, shorter one")

    def test_exact(self):
        self.assertEqual(list(batches(["a", "b", "c"], 3)), [["a", "b", "c"]], "three items in batches of 3 make one batch")
        self.assertEqual(list(batches(["a", "b", "c", "d"], 1)), [["a"], ["b"], ["c"], ["d"]])

    def test_empty(self):
        self.assertEqual(list(batches([], 4)), [], "no items give no batches at all, not one empty batch")

    def test_is_generator(self):
        result = batches(["a", "b", "c"], 2)
        self.assertIsInstance(result, Iterator, "batches should return a generator (use yield)")
        self.assertEqual(next(result), ["a", "b"], "the first value should be the first batch")

    def test_bad_size(self):
        for size in [0, -2]:
            with self.assertRaises(ValueError, msg=f"a size of {size} should raise ValueError: a batch needs at least 1 item"):
                list(batches(["a", "b"], size))


class TestRunningTotals(unittest.TestCase):
    def test_example(self):
        self.assertEqual(list(running_totals([3, 1, 4, 1])), [3, 4, 8, 9], "each value is the total of the numbers so far")

    def test_negative_and_empty(self):
        self.assertEqual(list(running_totals([5, -5, 2])), [5, 0, 2], "negative numbers make the total smaller: 5, then 0, then 2")
        self.assertEqual(list(running_totals([])), [], "no numbers give no totals")

    def test_lazy(self):
        totals = running_totals(careful([10, 20, 30, 40]))
        self.assertEqual(next(totals), 10, "the first total is the first number")
        self.assertEqual(next(totals), 30, "the second total is 10 + 20")
