import unittest

from main import first_letters, invert, long_word_lengths, word_lengths


class TestWordIndex(unittest.TestCase):
    def test_word_lengths(self):
        self.assertEqual(word_lengths(["a", "bcd"]), {"a": 1, "bcd": 3})
        self.assertEqual(word_lengths([]), {})

    def test_first_letters(self):
        self.assertEqual(first_letters(["Apple", "avocado", "kiwi", ""]), {"a", "k"},
                         "lower-case the letters, skip empty strings")
        self.assertIsInstance(first_letters(["x"]), set, "return a set: {... for ...}")

    def test_invert(self):
        self.assertEqual(invert({"a": 1, "b": 2}), {1: "a", 2: "b"})

    def test_long_word_lengths(self):
        self.assertEqual(long_word_lengths("Hello big World", 5), {"hello": 5, "world": 5})
        self.assertEqual(long_word_lengths("", 1), {})


if __name__ == "__main__":
    unittest.main()
