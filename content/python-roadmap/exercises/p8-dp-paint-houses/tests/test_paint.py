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

from paint import cheapest_paint

SLOW = ("trying every colouring is far too slow for 10,000 houses. Walk the street "
        "once, keeping the cheapest total so far for each colour of the last house.")


class PaintTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(cheapest_paint([(17, 2, 17), (16, 16, 5), (14, 3, 19)]), 10, "Green 2, blue 5, green 3")

    def test_cheapest_first_is_wrong(self):
        self.assertEqual(cheapest_paint([(1, 2, 100), (1, 100, 100)]), 3,
                         "Green (2) then red (1) beats red (1) then green or blue (100)")

    def test_empty_and_one(self):
        self.assertEqual(cheapest_paint([]), 0, "No houses: nothing to pay")
        self.assertEqual(cheapest_paint([(5, 3, 9)]), 3, "One house: its cheapest colour")

    def test_neighbours_differ(self):
        self.assertEqual(cheapest_paint([(1, 50, 50), (1, 50, 50), (1, 50, 50)]), 52,
                         "Red is cheapest everywhere, but neighbours cannot both be red: red, green, red")

    def test_long_street(self):
        rng = random.Random(23)
        costs = [(rng.randint(1, 100), rng.randint(1, 100), rng.randint(1, 100)) for _ in range(10_000)]
        self.assertEqual(in_time(self, SLOW, cheapest_paint, costs), 303_995, "A street of 10,000 houses")


if __name__ == "__main__":
    unittest.main()
