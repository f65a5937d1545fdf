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

from decode import count_decodings

SLOW = ("reading the message every possible way, one at a time, is far too slow for "
        "1,000 digits. Fill a table: ways[i] is the number of readings of the first "
        "i digits.")


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class DecodeTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(count_decodings("226"), 3, "2 2 6, 22 6 and 2 26")
        self.assertEqual(count_decodings("106"), 1, "Only 10 6: there is no letter 0 or 06")

    def test_empty_and_one(self):
        self.assertEqual(count_decodings(""), 1, "The empty string is one message: the empty one")
        self.assertEqual(count_decodings("7"), 1)
        self.assertEqual(count_decodings("0"), 0, "There is no letter 0")

    def test_zeros(self):
        self.assertEqual(count_decodings("10"), 1, "10 is J; 1 0 is not allowed")
        self.assertEqual(count_decodings("100"), 0, "10 0 and 1 00 both leave a 0 with no letter")
        self.assertEqual(count_decodings("01"), 0, "A message cannot start with 0")

    def test_up_to_26(self):
        self.assertEqual(count_decodings("26"), 2, "2 6 and 26 (Z)")
        self.assertEqual(count_decodings("27"), 1, "There is no letter 27: only 2 7")

    def test_many_ones(self):
        self.assertEqual(count_decodings("11111"), 8)

    def test_long_message(self):
        self.assertEqual(in_time(self, SLOW, count_decodings, "1" * 1000), fibonacci(1001),
                         "1,000 ones can be read in a very large number of ways")
        self.assertEqual(in_time(self, SLOW, count_decodings, "1" * 999 + "0"), fibonacci(999),
                         "1,000 digits ending in 0: the 0 must join the 1 before it")


if __name__ == "__main__":
    unittest.main()
