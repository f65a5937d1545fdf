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
