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

from streak import longest_streak

SLOW = ("looking each next day up in a list reads the whole list every time. "
        "Sort the days once, or put them in a set, which answers `in` at once.")


class StreakTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(longest_streak([5, 2, 99, 3, 4, 100, 3]), 4, "Days 2, 3, 4, 5 are 4 in a row")

    def test_empty_and_one(self):
        self.assertEqual(longest_streak([]), 0, "No days: a streak of 0")
        self.assertEqual(longest_streak([7]), 1, "One day is a streak of 1")

    def test_repeated_days(self):
        self.assertEqual(longest_streak([3, 3, 3]), 1, "The same day three times is still one day")
        self.assertEqual(longest_streak([1, 2, 2, 3]), 3, "A day practised twice counts once in the streak")

    def test_no_neighbours(self):
        self.assertEqual(longest_streak([10, 20, 30]), 1, "No two days are next to each other")

    def test_zero_and_order(self):
        self.assertEqual(longest_streak([2, 0, 1, 7, 6]), 3, "Days 0, 1, 2: day 0 counts like any other")
        self.assertEqual(longest_streak([9, 8, 7, 6, 1, 2]), 4, "The days may come in any order")

    def test_many_days(self):
        rng = random.Random(5)
        days = list(range(1, 200_000, 2))
        days += list(range(400_000, 400_500))
        days += list(range(500_000, 500_300))
        rng.shuffle(days)
        self.assertEqual(in_time(self, SLOW, longest_streak, days), 500,
                         "200,000 days: the longest streak is days 400,000 to 400,499")


if __name__ == "__main__":
    unittest.main()
