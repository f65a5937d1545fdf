import random
import unittest

from main import MinHeap


def heap_ok(items):
    for i in range(len(items)):
        for child in (2 * i + 1, 2 * i + 2):
            if child < len(items) and items[child] < items[i]:
                return False
    return True


class TestMinHeap(unittest.TestCase):
    def test_push_keeps_rule(self):
        h = MinHeap()
        for n in [9, 4, 7, 1, 8, 2]:
            h.push(n)
            self.assertTrue(heap_ok(h.items), f"after push({n}) a parent is bigger than a child: {h.items}")
        self.assertEqual(h.items[0], 1)

    def test_pop_order(self):
        rng = random.Random(5)
        numbers = [rng.randint(0, 100) for _ in range(200)]
        h = MinHeap()
        for n in numbers:
            h.push(n)
        out = []
        while len(h):
            out.append(h.pop())
            self.assertTrue(heap_ok(h.items), "after pop the heap rule must hold again")
        self.assertEqual(out, sorted(numbers), "pop returns the items smallest first")

    def test_sift_down_picks_smaller_child(self):
        h = MinHeap()
        h.items = [1, 5, 3, 6, 7, 4]
        self.assertEqual(h.pop(), 1)
        self.assertEqual(h.items[0], 3, "sift down swaps with the SMALLER child")
        self.assertTrue(heap_ok(h.items))

    def test_peek_and_empty(self):
        h = MinHeap()
        with self.assertRaises(IndexError):
            h.pop()
        with self.assertRaises(IndexError):
            h.peek()
        h.push(4)
        self.assertEqual(h.peek(), 4)
        self.assertEqual(len(h), 1, "peek does not remove")
        self.assertEqual(h.pop(), 4)
        self.assertEqual(len(h), 0)


if __name__ == "__main__":
    unittest.main()
