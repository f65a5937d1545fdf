import random
import threading
import unittest

from profit import best_trade

# One walk answers 200,000 days at once; comparing every pair of days takes
# hours. The call runs in a thread with a budget, so that a slow answer fails
# with this test's own words, not with the run's time limit.
BUDGET_S = 2.0


def slow_reference(prices):
    best = None
    for sell in range(len(prices)):
        for buy in range(sell):
            profit = prices[sell] - prices[buy]
            if profit > 0 and (best is None or profit > best[2]):
                best = (buy, sell, profit)
    return best


class BestTradeTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(best_trade([7, 1, 5, 3, 6, 4]), (1, 4, 5))

    def test_no_gain(self):
        self.assertIsNone(best_trade([9, 7, 4, 1]), "Prices only fall: no trade makes money, return None")
        self.assertIsNone(best_trade([5, 5, 5]), "Prices stay the same: a profit of 0 is no gain, return None")
        self.assertIsNone(best_trade([]), "No days: return None")
        self.assertIsNone(best_trade([4]), "One day: you cannot buy and sell later, return None")

    def test_not_min_and_max(self):
        self.assertEqual(best_trade([3, 8, 1, 2]), (0, 1, 5),
                         "The lowest price (1) comes after the highest (8): you must buy before you sell")
        self.assertEqual(best_trade([2, 5, 1, 4]), (0, 1, 3),
                         "Buy at 2, sell at 5 earns 3; buy at 1, sell at 4 also earns 3 but sells later")

    def test_ties(self):
        self.assertEqual(best_trade([1, 1, 4]), (0, 2, 3),
                         "Two days with the same low price: buy on the earlier one")

    def test_random_small(self):
        rng = random.Random(8)
        for _ in range(200):
            prices = [rng.randint(1, 30) for _ in range(rng.randint(0, 12))]
            self.assertEqual(best_trade(prices), slow_reference(prices), f"best_trade({prices})")

    def test_long(self):
        rng = random.Random(80)
        prices = [rng.randint(1000, 2000) for _ in range(200_000)]
        prices[150_000] = 10
        prices[190_000] = 5000
        outcome = {}

        def call():
            try:
                outcome["value"] = best_trade(prices)
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"best_trade on 200,000 days took more than {BUDGET_S:g} seconds: comparing every "
                      "pair of days is O(n²). Walk the list once and remember the cheapest day so far.")
        if "error" in outcome:
            raise outcome["error"]
        self.assertEqual(outcome["value"], (150_000, 190_000, 4990))


if __name__ == "__main__":
    unittest.main()
