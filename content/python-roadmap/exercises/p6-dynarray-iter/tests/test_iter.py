import inspect
import unittest

from main import DynamicArray


class TestListLike(unittest.TestCase):
    def test_iter_is_generator(self):
        a = DynamicArray.from_items([1, 2])
        self.assertTrue(inspect.isgenerator(iter(a)), "write __iter__ as a generator with yield")

    def test_iter_skips_empty_slots(self):
        a = DynamicArray.from_items([1, 2, 3])
        self.assertEqual(list(a), [1, 2, 3], "yield only the stored items, not the empty slots of the block")

    def test_contains(self):
        a = DynamicArray.from_items(["x", "y"])
        self.assertIn("y", a)
        self.assertNotIn("z", a)
        self.assertNotIn(None, a, "an empty slot is not an item")

    def test_repr(self):
        self.assertEqual(repr(DynamicArray.from_items([1, 2])), "DynamicArray([1, 2])")
        self.assertEqual(repr(DynamicArray()), "DynamicArray([])")

    def test_from_items_is_classmethod(self):
        self.assertIsInstance(DynamicArray.__dict__.get("from_items"), classmethod, "mark from_items with @classmethod")
        self.assertEqual(list(DynamicArray.from_items(range(5))), [0, 1, 2, 3, 4])

    def test_copies(self):
        a = DynamicArray()
        self.assertEqual(a.copies, 0)
        for i in range(5):
            a.push(i)
        self.assertEqual(a.copies, 1 + 2 + 4, "resizes at 1, 2 and 4 items copy 7 items in all")


if __name__ == "__main__":
    unittest.main()
