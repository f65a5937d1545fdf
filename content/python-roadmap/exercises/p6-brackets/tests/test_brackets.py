import unittest

from main import check


class TestBrackets(unittest.TestCase):
    def test_balanced(self):
        for text in ["", "()", "([]{})", "f(a[1], {b: 2})", "no brackets"]:
            self.assertIsNone(check(text), f"{text!r} is balanced")

    def test_wrong_partner(self):
        self.assertEqual(check("([)]"), 2, "the ')' at index 2 does not match the '[' on top")

    def test_nothing_to_close(self):
        self.assertEqual(check("a)"), 1)
        self.assertEqual(check("()]"), 2)

    def test_left_open(self):
        self.assertEqual(check("(("), 0, "report the earliest bracket left open")
        self.assertEqual(check("x{[()]"), 1)


if __name__ == "__main__":
    unittest.main()
