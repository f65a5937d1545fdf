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

from rumour import minutes_to_spread

SLOW = ("going through everybody again every minute is far too slow for a line of "
        "100,000 pupils. Do one breadth-first search with all the first pupils "
        "in the queue from the start.")

SCHOOL = {"Ada": ["Bo"], "Bo": ["Ada", "Cy"], "Cy": ["Bo", "Di"],
          "Di": ["Cy", "Eli"], "Eli": ["Di"]}


def line(size):
    friends = {f"p{i}": [] for i in range(size)}
    for i in range(size - 1):
        friends[f"p{i}"].append(f"p{i + 1}")
        friends[f"p{i + 1}"].append(f"p{i}")
    return friends


class RumourTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(minutes_to_spread(SCHOOL, ["Ada"]), 4, "Bo at 1, Cy at 2, Di at 3, Eli at 4")
        self.assertEqual(minutes_to_spread(SCHOOL, ["Ada", "Eli"]), 2,
                         "With Ada and Eli both first, Cy hears it at minute 2 from both sides")

    def test_nobody_and_everybody(self):
        self.assertEqual(minutes_to_spread({}, []), 0, "No pupils: 0 minutes")
        self.assertEqual(minutes_to_spread(SCHOOL, list(SCHOOL)), 0, "Everybody knows at minute 0")

    def test_never_heard(self):
        school = dict(SCHOOL, Zoe=[])
        self.assertEqual(minutes_to_spread(school, ["Ada"]), -1, "Zoe has no friends and never hears it: -1")
        self.assertEqual(minutes_to_spread(SCHOOL, []), -1, "If nobody knows at minute 0, nobody ever will")

    def test_nearest_first_pupil_counts(self):
        star = {"hub": ["a", "b", "c"], "a": ["hub"], "b": ["hub"], "c": ["hub", "d"], "d": ["c"]}
        self.assertEqual(minutes_to_spread(star, ["a"]), 3, "a, hub at 1, b and c at 2, d at 3")
        self.assertEqual(minutes_to_spread(star, ["a", "d"]), 2,
                         "Each pupil hears it from the NEAREST pupil who knows: b at 2, c at 1")

    def test_long_line(self):
        friends = line(100_000)
        self.assertEqual(in_time(self, SLOW, minutes_to_spread, friends, ["p0", "p99999"]), 49_999,
                         "A line of 100,000 pupils, told from both ends")
        self.assertEqual(in_time(self, SLOW, minutes_to_spread, friends, ["p0"]), 99_999,
                         "A line of 100,000 pupils, told from one end")


if __name__ == "__main__":
    unittest.main()
