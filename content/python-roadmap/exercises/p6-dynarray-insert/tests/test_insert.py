import unittest

from main import DynamicArray


def make(*values):
    a = DynamicArray()
    for v in values:
        a.append(v)
    return a


def contents(a):
    return [a[i] for i in range(len(a))]


class TestInsertRemove(unittest.TestCase):
    def test_insert_middle(self):
        a = make(1, 2, 4)
        a.insert(2, 3)
        self.assertEqual(contents(a), [1, 2, 3, 4])

    def test_insert_front_and_end(self):
        a = make("b")
        a.insert(0, "a")
        a.insert(2, "c")
        self.assertEqual(contents(a), ["a", "b", "c"], "insert at 0 puts it first; insert at len puts it last")

    def test_insert_grows(self):
        a = DynamicArray()
        for i in range(10):
            a.insert(0, i)
        self.assertEqual(contents(a), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])

    def test_insert_bad_index(self):
        a = make(1)
        with self.assertRaises(IndexError):
            a.insert(3, 0)
        with self.assertRaises(IndexError):
            a.insert(-1, 0)

    def test_pop(self):
        a = make(1, 2, 3)
        self.assertEqual(a.pop(), 3)
        self.assertEqual(contents(a), [1, 2])
        a.pop()
        a.pop()
        with self.assertRaises(IndexError, msg="pop from an empty array raises IndexError"):
            a.pop()

    def test_remove_at(self):
        a = make("a", "b", "c", "d")
        self.assertEqual(a.remove_at(1), "b")
        self.assertEqual(contents(a), ["a", "c", "d"])
        with self.assertRaises(IndexError):
            a.remove_at(3)

    def test_slot_cleared(self):
        a = make(1, 2, 3, 4, 5)
        a.pop()
        self.assertIsNone(a._data[4], "clear the freed slot so the old value can be forgotten")

    def test_shrinks(self):
        a = make(*range(8))
        self.assertEqual(a.capacity(), 8)
        for _ in range(6):
            a.pop()
        self.assertEqual(len(a), 2)
        self.assertEqual(a.capacity(), 4, "at a quarter full (2 of 8), halve the capacity")
        a.pop()
        a.pop()
        self.assertGreaterEqual(a.capacity(), 1, "never shrink below 1")


if __name__ == "__main__":
    unittest.main()
