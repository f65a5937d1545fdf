import itertools
import random
import threading
import unittest

from shifts import best_days, best_pay

BUDGET_S = 2.0


def brute_force(pay):
    best = 0
    for size in range(len(pay) + 1):
        for days in itertools.combinations(range(len(pay)), size):
            if all(b - a > 1 for a, b in zip(days, days[1:])):
                best = max(best, sum(pay[d] for d in days))
    return best


class ShiftsTests(unittest.TestCase):
    def within_budget(self, function, pay):
        outcome = {}

        def call():
            try:
                outcome["value"] = function(pay)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        name = function.__name__
        if worker.is_alive():
            self.fail(f"{name} on {len(pay):,} days took more than {BUDGET_S:g} seconds: trying every choice "
                      "of days is far too slow. Fill a table `best` day by day instead.")
        if "deep" in outcome:
            self.fail(f"{name} on {len(pay):,} days called itself too deeply (`RecursionError`): "
                      "fill a table `best` with a loop instead")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def check_days(self, pay, days):
        self.assertEqual(days, sorted(set(days)), "best_days returns each day once, in increasing order")
        for a, b in zip(days, days[1:]):
            self.assertGreater(b - a, 1, f"Days {a} and {b} are in a row: that is not allowed")
        for d in days:
            self.assertTrue(0 <= d < len(pay), f"Day {d} does not exist")
        self.assertEqual(sum(pay[d] for d in days), brute_force(pay) if len(pay) <= 16 else best_pay(pay),
                         f"The days {days} do not earn the most for {pay}")

    def test_example(self):
        self.assertEqual(best_pay([5, 1, 2, 10, 6]), 15)
        self.assertEqual(best_days([5, 1, 2, 10, 6]), [0, 3])

    def test_small(self):
        self.assertEqual(best_pay([]), 0, "No days: you earn 0")
        self.assertEqual(best_days([]), [], "No days: no days to work")
        self.assertEqual(best_pay([8]), 8, "One day: work it")
        self.assertEqual(best_pay([3, 9]), 9, "Two days: only one of them, the better one")

    def test_not_greedy(self):
        self.assertEqual(best_pay([4, 5, 4]), 8,
                         "Taking the largest pay (5) first blocks both 4s: 4 + 4 = 8 is better")
        self.assertEqual(best_pay([2, 7, 9, 3, 1]), 12, "2 + 9 + 1 = 12")
        self.assertEqual(best_pay([4, 1, 1, 4]), 8, "Days 0 and 3 are not in a row: 4 + 4 = 8")

    def test_random(self):
        rng = random.Random(88)
        for _ in range(150):
            pay = [rng.randint(0, 20) for _ in range(rng.randint(0, 12))]
            self.assertEqual(best_pay(pay), brute_force(pay),
                             f"best_pay({pay}) is not the most you can earn: work this list out by hand, "
                             "trying both choices for the last day")
            self.check_days(pay, best_days(pay))

    def test_long(self):
        rng = random.Random(800)
        pay = [rng.randint(0, 100) for _ in range(100_000)]
        total = self.within_budget(best_pay, pay)
        days = self.within_budget(best_days, pay)
        self.assertEqual(sum(pay[d] for d in days), total, "best_days must earn exactly best_pay")
        for a, b in zip(days, days[1:]):
            self.assertGreater(b - a, 1, f"Days {a} and {b} are in a row: that is not allowed")
        evens = sum(pay[0::2])
        odds = sum(pay[1::2])
        self.assertGreaterEqual(total, max(evens, odds), "Working every other day already earns more than that")


if __name__ == "__main__":
    unittest.main()
