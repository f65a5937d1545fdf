import dataclasses
import unittest

from main import Cart, Coupon, Item


class TestDataclasses(unittest.TestCase):
    def test_are_dataclasses(self):
        for cls in (Item, Coupon, Cart):
            self.assertTrue(dataclasses.is_dataclass(cls), f"{cls.__name__} should have @dataclass above it")

    def test_item(self):
        self.assertEqual(Item("a", 2.0).quantity, 1, "quantity defaults to 1")
        self.assertEqual(Item("a", 2.0, 3).total(), 6.0)
        self.assertEqual(Item("a", 1.0), Item("a", 1.0), "dataclasses compare by their fields")
        self.assertEqual(repr(Item("a", 1.0, 2)), "Item(name='a', price=1.0, quantity=2)")

    def test_coupon(self):
        c = Coupon("X", 20)
        self.assertEqual(c.apply(10.0), 8.0)
        self.assertEqual(Coupon("Y", 15).apply(9.99), 8.49, "round to 2 decimals")
        with self.assertRaises(dataclasses.FrozenInstanceError, msg="Coupon should be frozen: @dataclass(frozen=True)"):
            c.percent = 100

    def test_cart_empty(self):
        cart = Cart()
        self.assertEqual(cart.items, [])
        self.assertEqual(cart.total(), 0)
        self.assertIsNone(cart.most_expensive())

    def test_carts_do_not_share_items(self):
        a = Cart()
        b = Cart()
        a.add(Item("x", 1.0))
        self.assertEqual(b.items, [], "each cart needs its own list: field(default_factory=list)")

    def test_add_and_total(self):
        cart = Cart()
        cart.add(Item("a", 2.0, 3))
        cart.add(Item("b", 4.0))
        self.assertEqual(cart.total(), 10.0)
        self.assertEqual(cart.total(Coupon("HALF", 50)), 5.0)

    def test_no_duplicates(self):
        cart = Cart()
        cart.add(Item("a", 2.0))
        with self.assertRaises(ValueError, msg="adding a second 'a' should raise ValueError"):
            cart.add(Item("a", 5.0))
        self.assertEqual(len(cart.items), 1)

    def test_most_expensive(self):
        cart = Cart()
        cart.add(Item("cheap", 1.0, 10))
        cart.add(Item("dear", 5.0, 1))
        self.assertEqual(cart.most_expensive().name, "cheap", "compare item totals, not prices")


if __name__ == "__main__":
    unittest.main()
