import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads track lengths when it is imported: give it one.
sys.stdin = io.StringIO("1\n1:00\n")
with redirect_stdout(io.StringIO()):
    from main import to_seconds, total_length
sys.stdin = sys.__stdin__


class TestToSeconds(unittest.TestCase):
    def test_lengths(self):
        for text, seconds in [("3:07", 187), ("0:59", 59), ("10:00", 600), ("0:00", 0), (" 2:05 ", 125)]:
            self.assertEqual(to_seconds(text), seconds, f"to_seconds({text!r}) should be {seconds}: minutes * 60 + seconds")

    def test_no_colon(self):
        for text in ["307", "1:2:3", ""]:
            with self.assertRaises(ValueError, msg=f"to_seconds({text!r}) should raise ValueError: the text does not have exactly one ':'") as caught:
                to_seconds(text)
            self.assertEqual(str(caught.exception), "expected minutes:seconds",
                             f"for {text!r} the message should be 'expected minutes:seconds'")

    def test_too_many_seconds(self):
        for text in ["3:75", "0:60"]:
            with self.assertRaises(ValueError, msg=f"to_seconds({text!r}) should raise ValueError: seconds must be below 60") as caught:
                to_seconds(text)
            self.assertEqual(str(caught.exception), "seconds must be below 60",
                             f"for {text!r} the message should be 'seconds must be below 60'")

    def test_not_a_number(self):
        with self.assertRaises(ValueError, msg="to_seconds('a:10') should raise ValueError, as int('a') does"):
            to_seconds("a:10")


class TestTotalLength(unittest.TestCase):
    def test_total(self):
        self.assertEqual(total_length(["1:00", "2:30"]), 210)
        self.assertEqual(total_length(["0:45", "0:45", "0:45"]), 135, "three tracks of 45 seconds make 135 seconds")

    def test_empty(self):
        self.assertEqual(total_length([]), 0, "no tracks at all last 0 seconds")

    def test_bad_track(self):
        with self.assertRaises(ValueError, msg="total_length should let the ValueError of a bad track go through"):
            total_length(["1:00", "1:99"])
