import bisect
import random
import unittest

from thresholds import count_passing, first_at_least


class FirstAtLeastTests(unittest.TestCase):
    def test_examples(self):
        data = [10, 20, 20, 30]
        self.assertEqual(first_at_least(data, 20), 1, "With repeats, return the FIRST 20")
        self.assertEqual(first_at_least(data, 25), 3, "25 is not there: return where it would go")
        self.assertEqual(first_at_least(data, 5), 0, "Everything is bigger: position 0")
        self.assertEqual(first_at_least(data, 99), 4, "Everything is smaller: len(items)")

    def test_empty(self):
        self.assertEqual(first_at_least([], 1), 0)

    def test_matches_bisect(self):
        rng = random.Random(11)
        for _ in range(200):
            data = sorted(rng.randint(0, 30) for _ in range(rng.randint(0, 25)))
            target = rng.randint(-2, 32)
            self.assertEqual(first_at_least(data, target), bisect.bisect_left(data, target),
                             f"first_at_least({data}, {target})")


class CountPassingTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(count_passing([35, 48, 50, 50, 71, 90], 50), 4)

    def test_none_and_all(self):
        self.assertEqual(count_passing([1, 2, 3], 10), 0)
        self.assertEqual(count_passing([1, 2, 3], 0), 3)


if __name__ == "__main__":
    unittest.main()
