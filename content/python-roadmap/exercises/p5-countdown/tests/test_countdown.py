import inspect
import unittest

from main import countdown, cycle_words


class TestGenerators(unittest.TestCase):
    def test_countdown_is_generator(self):
        self.assertTrue(inspect.isgenerator(countdown(3)), "countdown should be a generator function: use yield")

    def test_countdown(self):
        self.assertEqual(list(countdown(3)), [3, 2, 1])
        self.assertEqual(list(countdown(10, 3)), [10, 7, 4, 1])
        self.assertEqual(list(countdown(0)), [], "nothing is greater than 0 here: yield nothing")

    def test_countdown_is_lazy(self):
        gen = countdown(10 ** 12)
        self.assertEqual(next(gen), 10 ** 12, "a generator makes one value at a time, never a list of all of them")
        self.assertEqual(next(gen), 10 ** 12 - 1)

    def test_cycle_words(self):
        self.assertTrue(inspect.isgenerator(cycle_words(["a"], 1)), "cycle_words should be a generator function: use yield")
        self.assertEqual(list(cycle_words(["a", "b"], 5)), ["a", "b", "a", "b", "a"])
        self.assertEqual(list(cycle_words(["x"], 0)), [])
        self.assertEqual(list(cycle_words([], 3)), [], "with no words, yield nothing")


if __name__ == "__main__":
    unittest.main()
