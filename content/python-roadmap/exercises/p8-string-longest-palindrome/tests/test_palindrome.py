import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run; while it runs, later big cases fail
# at once with the same words instead of piling up beside it.)
BUDGET_S = 10.0
RUNAWAYS = []


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    name = getattr(func, "shown_as", f"`{func.__name__}`")
    if any(worker.is_alive() for worker in RUNAWAYS):
        test.fail(f"{name} is still busy with an earlier input that took more than "
                  f"{BUDGET_S:g} seconds: {slow}")
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except (MemoryError, SystemError):
            # Python reports running out of memory in a thread either way.
            outcome["memory"] = True
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        RUNAWAYS.append(worker)
        test.fail(f"{name} took more than {BUDGET_S:g} seconds: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "memory" in outcome:
        test.fail(f"{name} ran out of memory: {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

import random

from palindrome import longest_palindrome

SLOW = ("checking every stretch of the text is far too slow for 4,000 letters. "
        "Grow each palindrome outwards from its middle instead.")


class PalindromeTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(longest_palindrome("banana"), "anana")
        self.assertEqual(longest_palindrome("xabbay"), "abba", "A palindrome can have two middle letters")
        self.assertEqual(longest_palindrome("abc"), "a", "All are one letter long: the first one wins")

    def test_empty_and_one(self):
        self.assertEqual(longest_palindrome(""), "", "The empty text: return the empty string")
        self.assertEqual(longest_palindrome("q"), "q", "One letter is a palindrome")

    def test_whole_text(self):
        self.assertEqual(longest_palindrome("racecar"), "racecar", "The whole text can be the answer")
        self.assertEqual(longest_palindrome("aaaa"), "aaaa")

    def test_first_of_equals(self):
        self.assertEqual(longest_palindrome("abaxcdc"), "aba", "aba and cdc are equally long: aba starts first")
        self.assertEqual(longest_palindrome("xyyxzppz"), "xyyx")

    def test_at_the_end(self):
        self.assertEqual(longest_palindrome("abcdeffe"), "effe", "The answer can sit at the very end")

    def test_long_strand(self):
        rng = random.Random(21)
        left = "".join(rng.choice("abcdefghij") for _ in range(2000))
        right = "".join(rng.choice("abcdefghij") for _ in range(2000))
        half = "".join(rng.choice("xyz") for _ in range(30))
        hidden = half + "w" + half[::-1]
        text = left + "k" + hidden + "l" + right
        self.assertEqual(in_time(self, SLOW, longest_palindrome, text), hidden,
                         "A strand of 4,000 letters with a palindrome of 61 letters in the middle")


if __name__ == "__main__":
    unittest.main()
