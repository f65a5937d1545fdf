import inspect
import unittest

from main import LinkedList, Node


class TestLinkedList(unittest.TestCase):
    def test_empty(self):
        ll = LinkedList()
        self.assertEqual(len(ll), 0)
        self.assertEqual(list(ll), [])
        self.assertIsNone(ll.head)
        self.assertEqual(repr(ll), "LinkedList([])")

    def test_push_front(self):
        ll = LinkedList()
        for v in (1, 2, 3):
            ll.push_front(v)
        self.assertEqual(list(ll), [3, 2, 1])
        self.assertEqual(ll.tail.value, 1, "the first value pushed stays the tail")

    def test_push_back(self):
        ll = LinkedList()
        for v in "abc":
            ll.push_back(v)
        self.assertEqual(list(ll), ["a", "b", "c"])
        self.assertEqual(ll.head.value, "a")
        self.assertEqual(ll.tail.value, "c")
        self.assertIsNone(ll.tail.next, "the tail's next is None")

    def test_mixed(self):
        ll = LinkedList()
        ll.push_back(2)
        ll.push_front(1)
        ll.push_back(3)
        self.assertEqual(list(ll), [1, 2, 3])
        self.assertEqual(len(ll), 3)
        self.assertIsInstance(ll.head, Node, "items live in Node objects")

    def test_iter_generator(self):
        ll = LinkedList()
        ll.push_back(1)
        self.assertTrue(inspect.isgenerator(iter(ll)), "write __iter__ as a generator")

    def test_get(self):
        ll = LinkedList()
        for v in (10, 20, 30):
            ll.push_back(v)
        self.assertEqual([ll.get(0), ll.get(1), ll.get(2)], [10, 20, 30])
        with self.assertRaises(IndexError):
            ll.get(3)
        with self.assertRaises(IndexError):
            ll.get(-1)

    def test_repr(self):
        ll = LinkedList()
        ll.push_back("x")
        self.assertEqual(repr(ll), "LinkedList(['x'])")


if __name__ == "__main__":
    unittest.main()
