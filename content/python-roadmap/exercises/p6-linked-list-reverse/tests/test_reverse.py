import unittest

from main import LinkedList


def make(*values):
    ll = LinkedList()
    for v in values:
        ll.push_back(v)
    return ll


class TestReverse(unittest.TestCase):
    def test_reverse(self):
        ll = make(1, 2, 3, 4)
        ll.reverse()
        self.assertEqual(list(ll), [4, 3, 2, 1])
        self.assertEqual(ll.head.value, 4)
        self.assertEqual(ll.tail.value, 1, "after reversing, the old head is the tail")
        self.assertIsNone(ll.tail.next, "the new tail must point at None, or the list loops for ever")

    def test_reverse_keeps_nodes(self):
        ll = make("a", "b")
        old_head = ll.head
        ll.reverse()
        self.assertIs(ll.tail, old_head, "reverse in place: move links, do not make new nodes")

    def test_reverse_small(self):
        empty = make()
        empty.reverse()
        self.assertEqual(list(empty), [])
        one = make(1)
        one.reverse()
        self.assertEqual(list(one), [1])

    def test_reverse_then_push(self):
        ll = make(1, 2)
        ll.reverse()
        ll.push_back(0)
        self.assertEqual(list(ll), [2, 1, 0], "the tail must be right after reversing")
        self.assertEqual(len(ll), 3)

    def test_middle(self):
        self.assertEqual(make(1, 2, 3).middle(), 2)
        self.assertEqual(make(1, 2, 3, 4).middle(), 3, "for an even length, the second middle one")
        self.assertEqual(make(9).middle(), 9)
        with self.assertRaises(IndexError):
            make().middle()


if __name__ == "__main__":
    unittest.main()
