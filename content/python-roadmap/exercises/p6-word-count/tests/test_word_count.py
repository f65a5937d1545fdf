import unittest

from main import HashMap, count_words, first_repeated, words


class TestWordCount(unittest.TestCase):
    def test_words(self):
        self.assertEqual(words('Hello, World! "Hi" (there)... -'), ["hello", "world", "hi", "there", "-"])
        self.assertEqual(words("  "), [])
        self.assertEqual(words("?!"), [], "a word that is only punctuation is dropped")

    def test_count_words(self):
        counts = count_words("a b A a. c")
        self.assertIsInstance(counts, HashMap, "count in your own HashMap")
        self.assertEqual(counts["a"], 3)
        self.assertEqual(counts["b"], 1)
        self.assertEqual(len(counts), 3)

    def test_first_repeated(self):
        self.assertEqual(first_repeated("one two three two one"), "two",
                         "'two' is the first word seen a second time")
        self.assertIsNone(first_repeated("all different words"))
        self.assertEqual(first_repeated("Go go"), "go")


if __name__ == "__main__":
    unittest.main()
