import unittest

from main import first_letters, length_of, shout_long, table


class TestComprehensions(unittest.TestCase):
    def test_shout_long(self):
        self.assertEqual(shout_long(["sun", "planet", "moon"], 4), ["PLANET", "MOON"],
                         "keep words with at least 4 letters, in capitals, in their order")
        self.assertEqual(shout_long(["a", "bb"], 1), ["A", "BB"])
        self.assertEqual(shout_long(["tiny"], 10), [], "no word is long enough: an empty list")

    def test_length_of(self):
        self.assertEqual(length_of(["sun", "moon"]), {"sun": 3, "moon": 4}, "each word should map to its length")
        self.assertEqual(length_of([]), {}, "no words give an empty dict")

    def test_first_letters(self):
        self.assertEqual(first_letters(["Sun", "sky", "Moon"]), {"s", "m"},
                         "first letters in lower case, each once: a set")
        self.assertIsInstance(first_letters(["a"]), set, "first_letters should return a set, made with { ... for ... }")

    def test_table(self):
        self.assertEqual(table(3), [[1, 2, 3], [2, 4, 6], [3, 6, 9]], "row i holds i * 1 up to i * n")
        self.assertEqual(table(1), [[1]], "table(1) is one row holding 1 * 1")
        self.assertEqual(table(4)[3], [4, 8, 12, 16], "the last row of table(4) is 4, 8, 12, 16")
        self.assertEqual(table(0), [], "table(0) has no rows")
