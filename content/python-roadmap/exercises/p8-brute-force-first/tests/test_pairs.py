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

from pairs import fast_pair_count, slow_pair_count

SLOW = ("checking every pair of 200,000 numbers is about 20 billion checks. Keep your "
        "slow_pair_count as it is, and plan fast_pair_count as one walk: remember in a "
        "dict how often each number was seen, and for each new number look up the "
        "partner it needs, target - number.")


def every_pair(numbers, target):
    return sum(1 for i in range(len(numbers)) for j in range(i + 1, len(numbers))
               if numbers[i] + numbers[j] == target)


class PairTests(unittest.TestCase):
    def both(self, numbers, target, expected, why):
        for func in (slow_pair_count, fast_pair_count):
            self.assertEqual(func(list(numbers), target), expected,
                             f"{func.__name__}({numbers}, {target}) should be {expected}: {why}")

    def test_example(self):
        self.both([3, 1, 4, 1, 5], 5, 2, "1 + 4 twice, one for each 1")

    def test_small_cases(self):
        self.both([], 3, 0, "no numbers, no pairs")
        self.both([7], 14, 0, "one number cannot pair with itself")
        self.both([2, 2, 2], 4, 3, "three 2s make three different pairs")
        self.both([-1, 6, 0, 5], 5, 2, "-1 + 6 and 0 + 5; negative numbers count too")
        self.both([1, 2, 3], 10, 0, "no two numbers add up to 10")

    def test_slow_and_fast_agree(self):
        rng = random.Random(8)
        for _ in range(150):
            numbers = [rng.randint(-6, 6) for _ in range(rng.randint(0, 25))]
            target = rng.randint(-8, 8)
            expected = every_pair(numbers, target)
            self.assertEqual(slow_pair_count(list(numbers), target), expected,
                             f"slow_pair_count({numbers}, {target}) should be {expected}: "
                             "check every pair of positions i < j once")
            self.assertEqual(fast_pair_count(list(numbers), target), expected,
                             f"fast_pair_count({numbers}, {target}) should be {expected}, "
                             "the same as slow_pair_count; compare the two on this input")

    def test_fast_on_many_numbers(self):
        rng = random.Random(21)
        numbers = [rng.randint(0, 1_000_000) for _ in range(200_000)]
        target = 1_000_000
        seen = {}
        expected = 0
        for number in numbers:
            expected += seen.get(target - number, 0)
            seen[number] = seen.get(number, 0) + 1
        self.assertEqual(in_time(self, SLOW, fast_pair_count, numbers, target), expected,
                         f"200,000 numbers from 0 to 1,000,000 with target {target:,}: "
                         f"{expected:,} pairs")


if __name__ == "__main__":
    unittest.main()
