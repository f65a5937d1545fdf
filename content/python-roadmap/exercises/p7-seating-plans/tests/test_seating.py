import itertools
import unittest

from seating import seatings


def expected(guests, apart):
    good = []
    for order in itertools.permutations(guests):
        if not any({a, b} == set(apart) for a, b in zip(order, order[1:])):
            good.append(list(order))
    return sorted(good)


class SeatingTests(unittest.TestCase):
    def check(self, guests, apart):
        got = seatings(list(guests), apart)
        where = f"seatings({guests}, {apart})"
        self.assertIsInstance(got, list, f"{where} should return a list of plans")
        for plan in got:
            self.assertEqual(sorted(plan), sorted(guests),
                             f"{where} gave the plan {plan}: every guest must be seated exactly once")
            for a, b in zip(plan, plan[1:]):
                self.assertNotEqual({a, b}, set(apart),
                                    f"{where} gave the plan {plan}, where {a} and {b} sit side "
                                    "by side; skip a guest who would sit next to their pair")
        as_tuples = [tuple(plan) for plan in got]
        self.assertEqual(len(as_tuples), len(set(as_tuples)),
                         f"{where} gives some plans more than once")
        want = expected(guests, apart)
        self.assertEqual(len(got), len(want),
                         f"{where} should find {len(want)} plans, not {len(got)}")
        self.assertEqual(sorted(got), want, f"{where} misses some plans")

    def test_example(self):
        self.assertEqual(sorted(seatings(["Ann", "Ben", "Cat"], ("Ann", "Ben"))),
                         [["Ann", "Cat", "Ben"], ["Ben", "Cat", "Ann"]],
                         "Only the orders with Cat between Ann and Ben keep them apart")

    def test_copies_recorded(self):
        got = seatings(["Ann", "Ben", "Cat"], ("Ann", "Cat"))
        self.assertNotIn([], got,
                         "An empty plan was recorded: record list(row), a copy, because row "
                         "itself is emptied again by the undo steps")

    def test_two_guests(self):
        self.assertEqual(seatings(["Ann", "Ben"], ("Ann", "Ben")), [],
                         "Two guests in a row always sit side by side: no plan works")

    def test_pair_order_does_not_matter(self):
        self.check(["Ann", "Ben", "Cat", "Dan"], ("Dan", "Ann"))

    def test_more_guests(self):
        for guests, apart in [
            (["Ann", "Ben", "Cat", "Dan"], ("Ben", "Cat")),
            (["Eve", "Fay", "Gus", "Hal", "Ivy"], ("Eve", "Ivy")),
            (["Jo", "Kim", "Lu", "Max", "Ned", "Oli", "Pat"], ("Max", "Jo")),
        ]:
            self.check(guests, apart)


if __name__ == "__main__":
    unittest.main()
