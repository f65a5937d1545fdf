import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads a price and an amount paid when it is imported: give it both.
sys.stdin = io.StringIO("250\n250\n")
with redirect_stdout(io.StringIO()):
    from main import Money
sys.stdin = sys.__stdin__


class TestMoney(unittest.TestCase):
    def test_stores_cents(self):
        self.assertEqual(Money(250).cents, 250, "__init__ should store the cents as self.cents")

    def test_repr(self):
        self.assertEqual(repr(Money(250)), "Money(250)", "__repr__ should return Money(cents)")
        self.assertEqual(repr(Money(7)), "Money(7)")

    def test_str(self):
        self.assertEqual(str(Money(250)), "€2.50", "__str__ should show euros with two decimals")
        self.assertEqual(str(Money(5)), "€0.05", "5 cents are €0.05")
        self.assertEqual(str(Money(12000)), "€120.00")

    def test_eq(self):
        self.assertTrue(Money(100) == Money(100), "two Money objects with the same cents should be equal")
        self.assertFalse(Money(100) == Money(101), "different cents are not equal")
        self.assertFalse(Money(100) == 100, "Money is never equal to a plain number: return NotImplemented for it")

    def test_add(self):
        price = Money(250)
        total = price + Money(75)
        self.assertEqual(total.cents, 325, "Money(250) + Money(75) should hold 325 cents")
        self.assertIsInstance(total, Money, "+ should give a Money object")
        self.assertEqual(price.cents, 250, "+ must not change the Money on its left: return a new object")
        self.assertEqual((Money(1) + Money(2) + Money(3)).cents, 6, "+ should work again on the Money it returns: 1 + 2 + 3 cents make 6")

    def test_mul(self):
        price = Money(250)
        self.assertEqual((price * 3).cents, 750, "Money(250) * 3 should hold 750 cents")
        self.assertEqual((price * 0).cents, 0, "Money(250) * 0 holds 0 cents")
        self.assertEqual(price.cents, 250, "* must not change the Money itself: return a new object")
