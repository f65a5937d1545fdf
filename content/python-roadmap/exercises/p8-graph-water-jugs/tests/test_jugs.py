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

from jugs import fewest_pours

SLOW = ("the walk must remember every state (the litres in both jugs) it has "
        "reached, or it goes round in circles; and it must use a queue, not "
        "recursion, because the answer here is over a thousand steps.")


class JugTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(fewest_pours(3, 5, 4), 6, "Fill 5, pour, empty 3, pour, fill 5, pour: 6 steps")

    def test_impossible(self):
        self.assertEqual(in_time(self, SLOW, fewest_pours, 4, 6, 3), -1,
                         "Jugs of 4 and 6 only ever hold even amounts: 3 is impossible, return -1")
        self.assertEqual(in_time(self, SLOW, fewest_pours, 3, 5, 7), -1,
                         "No jug holds 7 litres: return -1")

    def test_zero_and_one_step(self):
        self.assertEqual(fewest_pours(3, 5, 0), 0, "Both jugs start with 0 litres: 0 steps")
        self.assertEqual(fewest_pours(3, 5, 5), 1, "Fill the large jug: 1 step")
        self.assertEqual(fewest_pours(3, 5, 3), 1, "Fill the small jug: 1 step")

    def test_fewest_not_first(self):
        self.assertEqual(fewest_pours(2, 6, 4), 2, "Fill the 6, pour 2 of it into the 2: 4 left after 2 steps")
        self.assertEqual(fewest_pours(5, 3, 4), 6, "The small jug may be given second: 5 and 3 work like 3 and 5")

    def test_big_jugs(self):
        self.assertEqual(in_time(self, SLOW, fewest_pours, 599, 1000, 1), 1274,
                         "Jugs of 599 and 1000 litres: measuring 1 litre takes 1,274 steps")
        self.assertEqual(in_time(self, SLOW, fewest_pours, 6000, 10_000, 30), -1,
                         "Jugs of 6,000 and 10,000 litres only hold multiples of 2,000: 30 is impossible")


if __name__ == "__main__":
    unittest.main()
