import unittest

from brackets import first_problem


class FirstProblemTests(unittest.TestCase):
    def test_balanced(self):
        for text in ("print(x[0])", "", "no brackets", "{[()()]}", "f(g(h(1)))"):
            self.assertEqual(first_problem(text), -1, f"{text!r} is balanced")

    def test_wrong_closer(self):
        self.assertEqual(first_problem("f(a]"), 3, "`]` cannot close `(`")
        self.assertEqual(first_problem("([)]"), 2)

    def test_closer_with_nothing_open(self):
        self.assertEqual(first_problem("x)"), 1)
        self.assertEqual(first_problem("()]"), 2)

    def test_unclosed(self):
        self.assertEqual(first_problem("{[("), 0, "Several left open: report the earliest one")
        self.assertEqual(first_problem("a(b[c]"), 1)

    def test_first_problem_wins(self):
        self.assertEqual(first_problem("(]}"), 1, "Stop at the first problem while reading")


if __name__ == "__main__":
    unittest.main()
