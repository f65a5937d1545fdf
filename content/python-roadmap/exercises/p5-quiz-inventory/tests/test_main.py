import dataclasses
import unittest

from main import Item, find, stock_value, tagged


class TestItem(unittest.TestCase):
    def test_dataclass(self):
        self.assertTrue(dataclasses.is_dataclass(Item), "Item should be made with @dataclass")
        pen = Item("pen", 1.5, 10, ["office"])
        self.assertEqual(repr(pen), "Item(name='pen', price=1.5, quantity=10, tags=['office'])",
                         "the fields should be name, price, quantity and tags, in this order")

    def test_defaults(self):
        mug = Item("mug", 6.0)
        self.assertEqual(mug.quantity, 0, "quantity defaults to 0")
        self.assertEqual(mug.tags, [], "tags default to an empty list")

    def test_own_list(self):
        a = Item("a", 1.0)
        b = Item("b", 1.0)
        a.tags.append("x")
        self.assertEqual(b.tags, [], "every item needs its own tags list: field(default_factory=list)")

    def test_equal(self):
        self.assertEqual(Item("pen", 1.5), Item("pen", 1.5), "a dataclass compares its fields with ==")


class TestFunctions(unittest.TestCase):
    def setUp(self):
        self.pen = Item("pen", 1.5, 10, ["office"])
        self.mug = Item("mug", 6.0)
        self.lamp = Item("lamp", 20.0, 2, ["office", "light"])
        self.items = [self.pen, self.mug, self.lamp]

    def test_find(self):
        self.assertIs(find(self.items, "mug"), self.mug, "find should return the item with that name itself")
        self.assertIs(find(self.items, "lamp"), self.lamp)
        self.assertIsNone(find(self.items, "desk"), "a name that is not there gives None")
        self.assertIsNone(find([], "pen"), "nothing can be found in an empty list")

    def test_find_first(self):
        other = Item("pen", 9.0)
        self.assertIs(find([self.pen, other], "pen"), self.pen, "with two items of the same name, return the first")

    def test_stock_value(self):
        self.assertAlmostEqual(stock_value(self.items), 55.0, msg="1.5 * 10 + 6.0 * 0 + 20.0 * 2 = 55.0")
        self.assertAlmostEqual(stock_value([]), 0.0, msg="no items are worth 0")

    def test_tagged(self):
        self.assertEqual(tagged(self.items, "office"), ["pen", "lamp"], "the names of the items with the tag, in order")
        self.assertEqual(tagged(self.items, "light"), ["lamp"])
        self.assertEqual(tagged(self.items, "food"), [])
