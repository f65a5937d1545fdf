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

from votes import majority

SLOW = ("counting each name by reading the whole list again is far too slow "
        "with 100,000 different names. Count every card once, into a dict.")


class MajorityTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(majority(["Ada", "Bo", "Ada", "Cy", "Ada"]), "Ada", "Ada has 3 votes of 5")
        self.assertIsNone(majority(["Ada", "Bo", "Ada", "Bo"]),
                          "2 votes of 4 is exactly half, not more than half: return None")

    def test_empty_and_one(self):
        self.assertIsNone(majority([]), "No votes: nobody wins, return None")
        self.assertEqual(majority(["Zed"]), "Zed", "1 vote of 1 is more than half")

    def test_most_votes_is_not_enough(self):
        self.assertIsNone(majority(["Ada", "Ada", "Bo", "Cy", "Di"]),
                          "Ada has the most votes (2 of 5) but not more than half: return None")

    def test_winner_anywhere(self):
        self.assertEqual(majority(["Bo", "Cy", "Ada", "Ada", "Ada"]), "Ada",
                         "The winner's votes may all come at the end")
        self.assertEqual(majority(["x", "y", "y", "x", "y", "x", "y"]), "y", "4 votes of 7 win")

    def test_names_are_exact(self):
        self.assertIsNone(majority(["Ada", "ada", "ADA"]),
                          "'Ada', 'ada' and 'ADA' are written differently: three names with one vote each")

    def test_many_cards(self):
        rng = random.Random(3)
        votes = ["Winner"] * 100_001 + [f"member{i}" for i in range(99_999)]
        rng.shuffle(votes)
        self.assertEqual(in_time(self, SLOW, majority, votes), "Winner",
                         "200,000 cards, 100,001 of them for Winner")
        votes = ["Winner"] * 100_000 + [f"member{i}" for i in range(100_000)]
        rng.shuffle(votes)
        self.assertIsNone(in_time(self, SLOW, majority, votes),
                          "200,000 cards, exactly half for Winner: return None")


if __name__ == "__main__":
    unittest.main()
