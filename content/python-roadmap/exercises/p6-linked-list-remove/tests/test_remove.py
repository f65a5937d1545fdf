import unittest

from main import LinkedList


def make(*values):
    ll = LinkedList()
    for v in values:
        ll.push_back(v)
    return ll


class TestFindRemove(unittest.TestCase):
    def test_find(self):
        ll = make(5, 6, 5)
        self.assertEqual(ll.find(5), 0)
        self.assertEqual(ll.find(6), 1)
        self.assertEqual(ll.find(9), -1)
        self.assertEqual(make().find(1), -1)

    def test_remove_middle(self):
        ll = make(1, 2, 3)
        self.assertTrue(ll.remove(2))
        self.assertEqual(list(ll), [1, 3])
        self.assertEqual(len(ll), 2)

    def test_remove_head(self):
        ll = make(1, 2)
        ll.remove(1)
        self.assertEqual(ll.head.value, 2)
        self.assertEqual(list(ll), [2])

    def test_remove_tail(self):
        ll = make(1, 2, 3)
        ll.remove(3)
        self.assertEqual(ll.tail.value, 2, "removing the last node makes the one before it the tail")
        ll.push_back(4)
        self.assertEqual(list(ll), [1, 2, 4], "push_back after removing the tail must still work")

    def test_remove_only(self):
        ll = make("x")
        ll.remove("x")
        self.assertIsNone(ll.head)
        self.assertIsNone(ll.tail, "an empty list has no tail")
        self.assertEqual(len(ll), 0)
        ll.push_back("y")
        self.assertEqual(list(ll), ["y"])

    def test_remove_first_only(self):
        ll = make(7, 7)
        ll.remove(7)
        self.assertEqual(list(ll), [7], "remove only the first match")

    def test_remove_missing(self):
        ll = make(1)
        self.assertFalse(ll.remove(5))
        self.assertEqual(len(ll), 1)

    def test_insert_after(self):
        ll = make(1, 3)
        ll.insert_after(1, 2)
        self.assertEqual(list(ll), [1, 2, 3])
        ll.insert_after(3, 4)
        self.assertEqual(ll.tail.value, 4, "inserting after the tail makes a new tail")
        self.assertEqual(len(ll), 4)
        with self.assertRaises(ValueError):
            ll.insert_after(99, 0)


if __name__ == "__main__":
    unittest.main()
