import unittest

from main import report


class TestReport(unittest.TestCase):
    def check(self, orders: dict[str, list[int]], totals: dict[str, int], lines: list[str]) -> None:
        log: list[str] = []
        got = report(orders, log)
        self.assertEqual(got, totals,
                         f"report({orders!r}) should return the same totals as the old version did")
        self.assertEqual(log, lines,
                         f"for {orders!r} the log should hold the same lines, in the same order, as before")

    def test_example(self):
        self.check({"Ada": [3, -1, 2], "Alan": [-2], "Grace": [], "Guido": [5]},
                   {"Ada": 5, "Guido": 5},
                   ["checked Ada", "checked Alan", "nothing for Alan",
                    "checked Grace", "nothing for Grace", "checked Guido"])

    def test_everyone_ordered(self):
        self.check({"Linus": [1, 1, 1], "Ken": [10]},
                   {"Linus": 3, "Ken": 10},
                   ["checked Linus", "checked Ken"])

    def test_nobody_ordered(self):
        self.check({"Barbara": [-4, -1], "Dennis": [0]},
                   {},
                   ["checked Barbara", "nothing for Barbara", "checked Dennis", "nothing for Dennis"])

    def test_no_orders(self):
        self.check({}, {}, [])

    def test_negatives_are_skipped_not_subtracted(self):
        self.check({"Margaret": [7, -7, 2]}, {"Margaret": 9},
                   ["checked Margaret"])

    def test_log_grows(self):
        log = ["earlier line"]
        report({"Ada": [1]}, log)
        self.assertEqual(log, ["earlier line", "checked Ada"],
                         "add to the log with .append(); do not replace what is already in it")

    def test_orders_unchanged(self):
        orders = {"Ada": [3, -1], "Alan": [-2]}
        report(orders, [])
        self.assertEqual(orders, {"Ada": [3, -1], "Alan": [-2]}, "report must not change the orders it reads")


if __name__ == "__main__":
    unittest.main()
