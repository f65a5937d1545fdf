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

import random

from backpack import best_value

SLOW = ("trying every combination of 100 things is far too slow. Fill a table: "
        "best[c] is the most value within a capacity of c, updated item by item.")


class BackpackTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(best_value([(1, 1), (3, 4), (4, 5), (5, 7)], 7), 9,
                         "3 + 4 kilos for 4 + 5; the best value per kilo first gives only 8")

    def test_nothing(self):
        self.assertEqual(best_value([], 10), 0, "No things: value 0")
        self.assertEqual(best_value([(1, 5)], 0), 0, "Capacity 0: nothing fits")

    def test_too_heavy(self):
        self.assertEqual(best_value([(8, 100)], 7), 0, "8 kilos do not fit into 7")
        self.assertEqual(best_value([(8, 100), (2, 3)], 7), 3)

    def test_each_thing_once(self):
        self.assertEqual(best_value([(1, 10)], 5), 10,
                         "One thing of 1 kilo can be taken once, not five times")
        self.assertEqual(best_value([(1, 10), (1, 10)], 5), 20, "Two equal things can both be taken")

    def test_everything_fits(self):
        self.assertEqual(best_value([(2, 3), (3, 4)], 100), 7, "When everything fits, take everything")

    def test_big_trip(self):
        rng = random.Random(31)
        items = [(rng.randint(10, 200), rng.randint(1, 500)) for _ in range(100)]
        self.assertEqual(in_time(self, SLOW, best_value, items, 5000), 19_926,
                         "100 things, a capacity of 5,000 kilos")


if __name__ == "__main__":
    unittest.main()
