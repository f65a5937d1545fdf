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

from typos import one_edit_apart

SLOW = ("trying every possible slip and comparing the whole word each time is far "
        "too slow for 200,000 letters. Walk both words once to the first "
        "difference, then compare what is left.")


class OneEditTests(unittest.TestCase):
    def test_examples(self):
        self.assertTrue(one_edit_apart("pale", "ple"), "Drop the a")
        self.assertFalse(one_edit_apart("pale", "bake"), "p/b and l/k: two typos")

    def test_each_slip(self):
        self.assertTrue(one_edit_apart("cat", "cut"), "One letter changed")
        self.assertTrue(one_edit_apart("cat", "cart"), "One letter added")
        self.assertTrue(one_edit_apart("cart", "cat"), "One letter dropped")
        self.assertTrue(one_edit_apart("cat", "cats"), "One letter added at the end")
        self.assertTrue(one_edit_apart("at", "cat"), "One letter added at the start")

    def test_same_and_empty(self):
        self.assertTrue(one_edit_apart("same", "same"), "No typo at all is fine too")
        self.assertTrue(one_edit_apart("", ""), "Two empty words are the same")
        self.assertTrue(one_edit_apart("", "a"), "One added letter")
        self.assertFalse(one_edit_apart("", "ab"), "Two added letters are two typos")

    def test_two_typos(self):
        self.assertFalse(one_edit_apart("cat", "dog"), "Three letters changed")
        self.assertFalse(one_edit_apart("cat", "act"), "Swapping two letters is two changes")
        self.assertFalse(one_edit_apart("cart", "cut"), "Dropping r AND changing a is two typos")
        self.assertFalse(one_edit_apart("abcd", "ab"), "Lengths 4 and 2: at least two typos")

    def test_capitals(self):
        self.assertTrue(one_edit_apart("Cat", "cat"), "C and c are different letters: one change")
        self.assertFalse(one_edit_apart("CAT", "cat"), "Three changed letters")

    def test_long_words(self):
        base = "ab" * 100_000
        self.assertTrue(in_time(self, SLOW, one_edit_apart, base, base[:100_000] + base[100_001:]),
                        "200,000 letters, one dropped in the middle")
        self.assertFalse(in_time(self, SLOW, one_edit_apart, base, "x" + base[1:-1] + "y"),
                         "200,000 letters, the first and the last changed")


if __name__ == "__main__":
    unittest.main()
