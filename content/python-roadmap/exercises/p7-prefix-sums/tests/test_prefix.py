import random
import unittest

from prefix import RangeSums


class RangeSumsTests(unittest.TestCase):
    def test_example(self):
        sums = RangeSums([5, 3, 8, 2, 7])
        self.assertEqual(sums.total(1, 3), 13, "3 + 8 + 2: both ends included")
        self.assertEqual(sums.total(0, 4), 25)
        self.assertEqual(sums.total(2, 2), 8, "A range of one day is that day")

    def test_many_questions(self):
        rng = random.Random(8)
        values = [rng.randint(-100, 100) for _ in range(50_000)]
        sums = RangeSums(values)
        for _ in range(50_000):
            i = rng.randrange(len(values))
            j = rng.randrange(i, len(values))
            if rng.random() < 0.0005:
                self.assertEqual(sums.total(i, j), sum(values[i:j + 1]), f"total({i}, {j})")
            else:
                sums.total(i, j)
        self.assertEqual(sums.total(0, 49_999), sum(values))


class BalancedPointTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(RangeSums([1, 7, 3, 6, 5, 6]).balanced_point(), 3)

    def test_none(self):
        self.assertEqual(RangeSums([1, 2, 3]).balanced_point(), -1)

    def test_edges(self):
        self.assertEqual(RangeSums([2, 1, -1]).balanced_point(), 0,
                         "At position 0 the left side is empty (sum 0)")
        self.assertEqual(RangeSums([5]).balanced_point(), 0, "One item: both sides are empty")


if __name__ == "__main__":
    unittest.main()
