import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads ages until an empty line when it is imported: give it some.
sys.stdin = io.StringIO("36\n-3\n\n")
with redirect_stdout(io.StringIO()):
    from main import parse_age
sys.stdin = sys.__stdin__


class TestParseAge(unittest.TestCase):
    def test_valid(self):
        self.assertEqual(parse_age("36"), 36)
        self.assertEqual(parse_age(" 7 "), 7)
        self.assertEqual(parse_age("0"), 0)
        self.assertEqual(parse_age("150"), 150, "150 is still allowed")

    def test_not_a_number(self):
        with self.assertRaises(ValueError):
            parse_age("abc")

    def test_negative(self):
        with self.assertRaises(ValueError) as caught:
            parse_age("-3")
        self.assertEqual(str(caught.exception), "age cannot be negative")

    def test_too_old(self):
        with self.assertRaises(ValueError) as caught:
            parse_age("200")
        self.assertEqual(str(caught.exception), "age must be at most 150")
