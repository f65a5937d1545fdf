import unittest

from lcs import lcs_length


class LcsTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(lcs_length("abcde", "ace"), 3)
        self.assertEqual(lcs_length("dojo", "judo"), 2, "'do' and 'jo' are both common, so the answer is 2")
        self.assertEqual(lcs_length("abc", "xyz"), 0, "Nothing in common: 0")

    def test_empty(self):
        self.assertEqual(lcs_length("", "abc"), 0)
        self.assertEqual(lcs_length("abc", ""), 0)

    def test_same(self):
        self.assertEqual(lcs_length("python", "python"), 6)

    def test_order_matters(self):
        self.assertEqual(lcs_length("ab", "ba"), 1, "Letters must come in the same order in both")

    def test_long(self):
        a = "ab" * 500
        b = "ba" * 500
        self.assertEqual(lcs_length(a, b), 999, "Two texts of 1,000 letters: use a table")


if __name__ == "__main__":
    unittest.main()
