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

from network import cheapest_network

SLOW = ("looking through every cable again for each new house is far too slow for "
        "10,000 houses. Keep the cables that leave the network in a heap (`heapq`) "
        "and pop the cheapest.")


def village(houses, seed):
    """A chain of cables costing 1, hidden among many dearer ones."""
    rng = random.Random(seed)
    cables = [(i, i + 1, 1) for i in range(houses - 1)]
    for _ in range(40_000):
        cables.append((rng.randrange(houses), rng.randrange(houses), rng.randint(2, 50)))
    rng.shuffle(cables)
    return cables


class NetworkTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(cheapest_network(4, [(0, 1, 4), (1, 2, 2), (0, 2, 1), (2, 3, 7), (1, 3, 3)]), 6,
                         "0-2, 1-2 and 1-3 cost 1 + 2 + 3")

    def test_no_houses_and_one(self):
        self.assertEqual(cheapest_network(0, []), 0, "No houses: nothing to lay")
        self.assertEqual(cheapest_network(1, []), 0, "One house is joined to itself already")

    def test_cannot_join(self):
        self.assertEqual(cheapest_network(3, [(0, 1, 5)]), -1, "House 2 has no cable at all: return -1")
        self.assertEqual(cheapest_network(4, [(0, 1, 1), (2, 3, 1)]), -1,
                         "Houses 0-1 and 2-3 are two networks that no cable joins")

    def test_skip_a_loop(self):
        self.assertEqual(cheapest_network(3, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (0, 2, 9)]), 2,
                         "Two cables of 1 join three houses; a third would only close a loop")

    def test_cheapest_of_two_cables(self):
        self.assertEqual(cheapest_network(2, [(0, 1, 8), (1, 0, 3)]), 3,
                         "Two cables join the same houses: lay the cheaper one")

    def test_greedy_from_far_away(self):
        cables = [(0, 1, 10), (1, 2, 1), (2, 3, 1), (3, 0, 1)]
        self.assertEqual(cheapest_network(4, cables), 3, "Reach 0 through 3 instead of using the dear cable 0-1")

    def test_big_village(self):
        self.assertEqual(in_time(self, SLOW, cheapest_network, 10_000, village(10_000, 1)), 9_999,
                         "10,000 houses: the 9,999 cables of cost 1 join them all")
        self.assertEqual(in_time(self, SLOW, cheapest_network, 10_001, village(10_000, 2)), -1,
                         "House 10,000 has no cable: return -1")


if __name__ == "__main__":
    unittest.main()
