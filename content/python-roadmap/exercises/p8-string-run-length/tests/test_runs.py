import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run.)
BUDGET_S = 3.0


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except BaseException as error:
            outcome["error"] = error

    name = getattr(func, "shown_as", f"`{func.__name__}`")
    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        test.fail(f"{name} took more than {BUDGET_S:g} seconds on a big input: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

import random

from runs import compress, expand

SLOW = ("walk the row once, and collect the pieces in a list that you join once "
        "at the end.")


class RunLengthTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(compress("kkkkppk"), "k4p2k")
        self.assertEqual(expand("k4p2k"), "kkkkppk")
        self.assertEqual(compress("p" * 12), "p12", "A run of 12 is written with two digits: p12")

    def test_empty_and_one(self):
        self.assertEqual(compress(""), "", "The empty row compresses to the empty string")
        self.assertEqual(expand(""), "", "The empty code expands to the empty row")
        self.assertEqual(compress("k"), "k", "A run of one keeps just the letter")
        self.assertEqual(expand("k"), "k")

    def test_runs_of_one(self):
        self.assertEqual(compress("abc"), "abc", "Three runs of one: no numbers at all")
        self.assertEqual(compress("aab"), "a2b", "The last run must be written too")

    def test_same_letter_again_later(self):
        self.assertEqual(compress("aabaa"), "a2ba2", "The same letter after another run starts a new run")
        self.assertEqual(expand("a2ba2"), "aabaa")

    def test_many_digits(self):
        self.assertEqual(expand("k120"), "k" * 120, "120 is one count of three digits, not 1, 2 and 0")
        self.assertEqual(expand("a10b"), "a" * 10 + "b")
        self.assertEqual(compress("z" * 1000 + "y"), "z1000y")

    def test_long_row_round_trip(self):
        rng = random.Random(9)
        text = "".join(rng.choice("kp") * rng.randint(1, 30) for _ in range(20_000))
        code = in_time(self, SLOW, compress, text)
        self.assertLess(len(code), len(text), "The short form of a row with long runs is shorter")
        self.assertEqual(in_time(self, SLOW, expand, code), text,
                         "expand(compress(row)) must give the row back, for a long random row too")


if __name__ == "__main__":
    unittest.main()
