import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads a line of text when it is imported: give it one.
sys.stdin = io.StringIO("the quick brown fox\n")
with redirect_stdout(io.StringIO()):
    from main import word_stats
sys.stdin = sys.__stdin__


class TestWordStats(unittest.TestCase):
    def test_demo(self):
        self.assertEqual(word_stats("the quick brown fox"), (4, "quick"))

    def test_first_longest(self):
        self.assertEqual(word_stats("ab cd ef"), (3, "ab"), "on a tie, keep the first longest word")

    def test_empty(self):
        self.assertEqual(word_stats(""), (0, ""))

    def test_spaces(self):
        self.assertEqual(word_stats("  hello   world  "), (2, "hello"))
