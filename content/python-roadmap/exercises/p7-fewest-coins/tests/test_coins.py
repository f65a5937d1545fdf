import threading
import unittest

from coins import fewest_coins

# A table answers every case here in a few hundredths of a second; plain
# recursion needs years for the bigger amounts. Each call runs in a thread of
# its own and gets one second, so that a slow answer ends in the test's own
# words, long before the run's time limit stops everything. (The tests run
# outside Python's main thread, where a signal cannot be used; a thread left
# running ends with the run.)
BUDGET_S = 1.0
TABLE = "Fill a table `best` from 0 up to the amount instead."


class FewestCoinsTests(unittest.TestCase):
    def fewest(self, coins, amount):
        """fewest_coins(coins, amount), or a failure after BUDGET_S."""
        outcome = {}

        def call():
            try:
                outcome["value"] = fewest_coins(coins, amount)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            problem = (f"took more than {BUDGET_S:g} second: plain recursion is far too slow, "
                       "it works out the same smaller amounts again and again")
        elif "deep" in outcome:
            problem = ("called itself so deeply that Python stopped it (`RecursionError`): "
                       "this amount is too big for recursion")
        elif "error" in outcome:
            raise outcome["error"]
        else:
            return outcome["value"]
        self.fail(f"`fewest_coins({coins}, {amount})` {problem}. {TABLE}")

    def test_greedy_is_wrong_here(self):
        self.assertEqual(self.fewest([1, 3, 4], 6), 2,
                         "3 + 3 uses 2 coins; biggest-first (4 + 1 + 1) uses 3")

    def test_usual_coins(self):
        self.assertEqual(self.fewest([1, 2, 5, 10, 20, 50], 88), 6, "50 + 20 + 10 + 5 + 2 + 1")

    def test_zero(self):
        self.assertEqual(self.fewest([1, 2], 0), 0, "Amount 0 needs no coins")

    def test_impossible(self):
        self.assertEqual(self.fewest([5], 3), -1, "3 cannot be made from 5s: return -1")
        self.assertEqual(self.fewest([4, 6], 7), -1, "Only even amounts can be made from 4 and 6")

    def test_large_amount(self):
        self.assertEqual(self.fewest([7, 13, 29], 10000), 348,
                         "Use a table from 0 up to the amount; plain recursion is far too slow here")


if __name__ == "__main__":
    unittest.main()
