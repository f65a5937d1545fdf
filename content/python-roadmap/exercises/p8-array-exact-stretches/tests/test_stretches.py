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

from stretches import count_stretches

SLOW = ("trying every start day with every end day is far too slow for "
        "100,000 days. Keep a running total and count, in a dict, how often each "
        "total has appeared so far.")


class StretchTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(count_stretches([1, 2, 3, -3, 3], 3), 5,
                         "1,2 and 3 and 1,2,3,-3 and 3,-3,3 and the last 3")

    def test_zeros(self):
        self.assertEqual(count_stretches([0, 0, 0], 0), 6,
                         "[0, 0, 0] has six stretches (three of one day, two of two, one of three), all adding up to 0")

    def test_empty_and_one(self):
        self.assertEqual(count_stretches([], 0), 0, "No days: no stretches, not even for a goal of 0")
        self.assertEqual(count_stretches([5], 5), 1, "One day that is the goal")
        self.assertEqual(count_stretches([5], 4), 0)

    def test_negative_changes(self):
        self.assertEqual(count_stretches([3, -1, 1, 2], 3), 3,
                         "3 and 3,-1,1 and 1,2: with negative days a stretch can reach the goal, drop below it and reach it again")
        self.assertEqual(count_stretches([2, -2, 2, -2], 0), 4)
        self.assertEqual(count_stretches([-1, -1, 1], -2), 1, "A negative goal works the same way")

    def test_many_days(self):
        quiet = [0] * 100_000
        self.assertEqual(in_time(self, SLOW, count_stretches, quiet, 0), 5_000_050_000,
                         "100,000 days without change: every one of the 5,000,050,000 stretches adds up to 0")
        swinging = [1, -1] * 50_000
        self.assertEqual(in_time(self, SLOW, count_stretches, swinging, 0), 2_500_000_000,
                         "100,000 days of +1, -1: 2,500,000,000 stretches add up to 0")


if __name__ == "__main__":
    unittest.main()
