import unittest

from main import labels, positive_evens, shout_names, squares


class TestSameResults(unittest.TestCase):
    def test_squares(self):
        self.assertEqual(squares([3, -1]), [9, 1])
        self.assertEqual(squares([]), [])

    def test_shout_names(self):
        self.assertEqual(shout_names(["bo"]), ["BO"])

    def test_positive_evens(self):
        self.assertEqual(positive_evens([0, 6, -4, 7, 8]), [6, 8], "0 is not positive")

    def test_labels(self):
        self.assertEqual(labels("xyz", 1), ["x1", "y1", "z1"])
        self.assertEqual(labels("a", 3), ["a1", "a2", "a3"], "the letter loop is the outer one")


if __name__ == "__main__":
    unittest.main()
