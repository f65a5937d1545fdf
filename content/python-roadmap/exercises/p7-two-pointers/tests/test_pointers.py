import random
import unittest

from pointers import count_pairs, is_palindrome


class PalindromeTests(unittest.TestCase):
    def test_yes(self):
        for text in ("Never odd or even", "A man, a plan, a canal: Panama!", "racecar", "", "x"):
            self.assertTrue(is_palindrome(text), f"{text!r} is a palindrome")

    def test_no(self):
        for text in ("Python", "ab", "Never odd or odd"):
            self.assertFalse(is_palindrome(text), f"{text!r} is not a palindrome")

    def test_only_letters_count(self):
        self.assertTrue(is_palindrome("ab!!!ba"), "Skip characters that are not letters")
        self.assertTrue(is_palindrome("...a"), "Skip non-letters at either end")


class CountPairsTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(count_pairs([1, 2, 3, 4], 6), 4)

    def test_none(self):
        self.assertEqual(count_pairs([5, 6], 3), 0)
        self.assertEqual(count_pairs([], 3), 0)

    def test_random_small(self):
        rng = random.Random(2)
        for _ in range(100):
            data = sorted(rng.randint(-10, 10) for _ in range(rng.randint(0, 12)))
            limit = rng.randint(-10, 15)
            slow = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] + data[j] < limit)
            self.assertEqual(count_pairs(data, limit), slow, f"count_pairs({data}, {limit})")

    def test_big(self):
        data = list(range(20000))
        self.assertEqual(count_pairs(data, 20000), 100_000_000,
                         "20,000 numbers: use two pointers, checking every pair is too slow")


if __name__ == "__main__":
    unittest.main()
