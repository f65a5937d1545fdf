import random
import unittest

from window import best_average, longest_unique


class BestAverageTests(unittest.TestCase):
    def test_example(self):
        self.assertAlmostEqual(best_average([1, 12, -5, -6, 50, 3], 4), 12.75)

    def test_whole_list(self):
        self.assertAlmostEqual(best_average([4, 2], 2), 3.0)

    def test_negative(self):
        self.assertAlmostEqual(best_average([-3, -1, -2], 1), -1.0, msg="All negative: the best is the least negative")

    def test_big(self):
        data = [i % 1000 for i in range(100_000)]
        self.assertAlmostEqual(best_average(data, 500), 749.5,
                               msg="100,000 values: slide the window instead of summing each one")


class LongestUniqueTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(longest_unique("abcabcbb"), 3)
        self.assertEqual(longest_unique("pwwkew"), 3)
        self.assertEqual(longest_unique("bbbb"), 1)
        self.assertEqual(longest_unique(""), 0)

    def test_old_repeat_outside_window(self):
        self.assertEqual(longest_unique("abba"), 2,
                         "The first 'a' is already outside the window when the second comes: don't move start back")

    def test_random(self):
        rng = random.Random(4)
        for _ in range(100):
            text = "".join(rng.choice("abcde") for _ in range(rng.randint(0, 15)))
            slow = max([j - i for i in range(len(text) + 1) for j in range(i, len(text) + 1)
                        if len(set(text[i:j])) == j - i] or [0])
            self.assertEqual(longest_unique(text), slow, f"longest_unique({text!r})")


if __name__ == "__main__":
    unittest.main()
