import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run.)
BUDGET_S = 10.0


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

from hashtags import can_split

KNOWN = {"love", "cat", "cats", "and", "sand", "dog", "dogs"}
SLOW = ("trying every way to cut the text works out the same rest of the text "
        "again and again. Remember the answers in a table: ok[i] says whether the "
        "first i letters can be cut into words, filled from the front.")


class WordBreakTests(unittest.TestCase):
    def test_examples(self):
        self.assertTrue(can_split("lovecatsanddogs", KNOWN), "love cats and dogs")
        self.assertFalse(can_split("lovecatsandog", KNOWN), "Every way of cutting leaves a piece that is no word")

    def test_empty_and_one(self):
        self.assertTrue(can_split("", KNOWN), "The empty text needs no cuts: True")
        self.assertTrue(can_split("dog", KNOWN), "One known word")
        self.assertFalse(can_split("do", KNOWN), "'do' is not a known word")
        self.assertFalse(can_split("cat", set()), "With no known words, only the empty text can be split")

    def test_first_choice_fails(self):
        self.assertTrue(can_split("catsand", {"cats", "cat", "sand"}),
                        "cat|sand works, though cats|and does not: try the other choice too")
        self.assertTrue(can_split("aaab", {"a", "aa", "aaab"}), "The whole text is one word here")

    def test_words_used_again(self):
        self.assertTrue(can_split("dogdogdog", KNOWN), "A word may be used many times")

    def test_long_tags(self):
        words = {"a", "aa", "aaa", "aaaa", "aaaaa"}
        self.assertFalse(in_time(self, SLOW, can_split, "a" * 300 + "b", words),
                         "300 a's and a b: no word ends in b")
        self.assertTrue(in_time(self, SLOW, can_split, "ab" * 3000, {"a", "b", "ab", "ba"}),
                        "6,000 letters of a and b can be cut into words")


if __name__ == "__main__":
    unittest.main()
