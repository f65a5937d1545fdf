import unittest

from main import find_price, parse_int, show, total_price


class TestOptional(unittest.TestCase):
    def test_parse_int(self):
        self.assertEqual(parse_int("7"), 7)
        self.assertEqual(parse_int(" -3 "), -3)
        self.assertIsNone(parse_int("3.5"))
        self.assertIsNone(parse_int(""))

    def test_parse_zero(self):
        self.assertEqual(parse_int("0"), 0, "0 is a number, not None")

    def test_find_price(self):
        prices = {"a": 2.0, "free": 0.0}
        self.assertEqual(find_price(prices, "a"), 2.0)
        self.assertEqual(find_price(prices, "free"), 0.0)
        self.assertIsNone(find_price(prices, "b"))

    def test_total_price(self):
        prices = {"a": 2.0, "b": 3.0, "free": 0.0}
        self.assertEqual(total_price(prices, ["a", "b", "a"]), 7.0)
        self.assertIsNone(total_price(prices, ["a", "zzz"]), "one unknown item makes the total None")
        self.assertEqual(total_price(prices, []), 0.0, "nothing costs 0.0")

    def test_free_is_not_unknown(self):
        prices = {"a": 2.0, "free": 0.0}
        self.assertEqual(total_price(prices, ["free", "a"]), 2.0,
                         "a price of 0.0 is falsy but known: test with `is None`, not `if not price`")

    def test_show(self):
        self.assertEqual(show(None), "nothing")
        self.assertEqual(show("x"), "text: x")
        self.assertEqual(show(3), "number: 3")
        self.assertEqual(show(0), "number: 0", "0 is a number, not nothing")
        self.assertEqual(show(""), "text: ", "an empty string is still text")


if __name__ == "__main__":
    unittest.main()
