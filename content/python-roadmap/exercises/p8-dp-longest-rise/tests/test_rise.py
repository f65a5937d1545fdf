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

from rise import longest_rise

SLOW = ("trying every choice of readings is far too slow for 1,500 readings. Fill a "
        "table: longest[i] is the longest climb that ends with reading i.")


class RiseTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(longest_rise([10, 9, 2, 5, 3, 7, 101, 18]), 4, "For example 2, 5, 7, 101")

    def test_empty_and_one(self):
        self.assertEqual(longest_rise([]), 0, "No readings: 0")
        self.assertEqual(longest_rise([42]), 1, "One reading is a climb of 1")

    def test_strictly_higher(self):
        self.assertEqual(longest_rise([7, 7, 7]), 1, "Equal readings do not rise: each must be strictly higher")
        self.assertEqual(longest_rise([1, 2, 2, 3]), 3, "1, 2, 3: the second 2 is not higher than the first")

    def test_falling(self):
        self.assertEqual(longest_rise([5, 4, 3, 2, 1]), 1, "Readings that only fall: a climb of 1")

    def test_gaps_allowed(self):
        self.assertEqual(longest_rise([3, 100, 4, 101, 5, 6]), 4,
                         "3, 4, 5, 6 skip the high readings in between")
        self.assertEqual(longest_rise([50, 1, 2, 3]), 3, "The climb need not start with the first reading")

    def test_long_hike(self):
        rng = random.Random(17)
        heights = [rng.randint(0, 100_000) for _ in range(1500)]
        self.assertEqual(in_time(self, SLOW, longest_rise, heights), 73, "1,500 random readings")
        self.assertEqual(in_time(self, SLOW, longest_rise, list(range(1500))), 1500,
                         "1,500 readings that only rise: all of them")


if __name__ == "__main__":
    unittest.main()
