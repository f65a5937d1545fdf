import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run.)
BUDGET_S = 3.0


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

from trade import best_trade

SLOW = ("comparing every pair of days is far too slow for 200,000 days. "
        "Walk the days once and remember the lowest price so far.")


class BestTradeTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(best_trade([7, 1, 5, 3, 6, 4]), 5, "Buy at 1, sell at 6")

    def test_sell_after_buy(self):
        self.assertEqual(best_trade([9, 1]), 0,
                         "You cannot sell at 9 before buying at 1: with no profit, return 0")
        self.assertEqual(best_trade([3, 8, 1, 4]), 5,
                         "Buying at 3 and selling at 8 beats buying at the lowest price, 1")

    def test_falling_prices(self):
        self.assertEqual(best_trade([9, 7, 4, 1]), 0, "Prices only fall: do not trade, return 0")
        self.assertEqual(best_trade([5, 5, 5]), 0, "Prices never change: the profit is 0")

    def test_empty_and_one_day(self):
        self.assertEqual(best_trade([]), 0, "No days at all: return 0")
        self.assertEqual(best_trade([42]), 0, "With one day you cannot buy and then sell")

    def test_best_pair_far_apart(self):
        self.assertEqual(best_trade([2, 9, 1, 3, 1, 7, 1, 10]), 9,
                         "Buy at the first 1, sell at 10 at the very end")

    def test_many_days(self):
        rng = random.Random(8)
        prices = [rng.randint(1000, 2000) for _ in range(200_000)]
        prices[150_000] = 5
        prices[180_000] = 5000
        self.assertEqual(in_time(self, SLOW, best_trade, prices), 4995,
                         "200,000 days: buy at 5, sell at 5000")
        self.assertEqual(in_time(self, SLOW, best_trade, list(range(200_000, 0, -1))), 0,
                         "200,000 days of falling prices: return 0")


if __name__ == "__main__":
    unittest.main()
