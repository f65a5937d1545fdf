import random
import string
import unittest

from anagrams import anagram_groups


class AnagramTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(anagram_groups(["Listen", "stone", "silent", "notes", "cat", "enlist", "onset"]),
                         [["enlist", "listen", "silent"], ["notes", "onset", "stone"]])

    def test_empty_and_lonely(self):
        self.assertEqual(anagram_groups([]), [])
        self.assertEqual(anagram_groups(["cat", "dog"]), [], "Words without an anagram are left out")

    def test_duplicates(self):
        self.assertEqual(anagram_groups(["tea", "Tea", "eat"]), [["eat", "tea"]],
                         "'tea' and 'Tea' are the same word: count it once")
        self.assertEqual(anagram_groups(["tea", "TEA"]), [], "One word given twice is not a group")

    def test_same_letters_different_counts(self):
        self.assertEqual(anagram_groups(["aab", "abb"]), [], "Anagrams use each letter the same number of times")

    def test_many_words(self):
        rng = random.Random(12)
        words = ["".join(rng.choice(string.ascii_lowercase[:6]) for _ in range(6)) for _ in range(50_000)]
        groups = anagram_groups(words)
        self.assertGreater(len(groups), 100)
        self.assertEqual(groups, sorted(groups), "Sort the groups by their first word")


if __name__ == "__main__":
    unittest.main()
