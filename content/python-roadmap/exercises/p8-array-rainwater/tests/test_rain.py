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

from rain import trapped_water

SLOW = ("looking left and right again for every column is far too slow for "
        "200,000 columns. Work out the highest column so far from each side once, "
        "in two lists, before you add up the water.")


class RainTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(trapped_water([3, 0, 2, 0, 4]), 7, "3 + 1 + 3 units above the three low columns")

    def test_bigger_example(self):
        self.assertEqual(trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), 6)

    def test_empty_and_short(self):
        self.assertEqual(trapped_water([]), 0, "No wall, no water")
        self.assertEqual(trapped_water([5]), 0, "One column cannot hold water")
        self.assertEqual(trapped_water([5, 2]), 0, "Water at the end runs away")

    def test_rising_and_falling(self):
        self.assertEqual(trapped_water([1, 2, 3, 4]), 0, "A wall that only rises holds no water")
        self.assertEqual(trapped_water([4, 3, 2, 1]), 0, "A wall that only falls holds no water")
        self.assertEqual(trapped_water([1, 3, 1]), 0, "A peak holds no water")

    def test_lower_side_decides(self):
        self.assertEqual(trapped_water([2, 0, 9]), 2, "The water reaches the LOWER of the two sides: 2, not 9")
        self.assertEqual(trapped_water([5, 0, 0, 0, 5]), 15, "Three columns of water, each 5 deep")

    def test_long_wall(self):
        heights = [4] + [0, 1, 0, 4] * 50_000
        self.assertEqual(in_time(self, SLOW, trapped_water, heights), 550_000,
                         "200,001 columns: every dip 0, 1, 0 between walls of 4 holds 4 + 3 + 4")


if __name__ == "__main__":
    unittest.main()
