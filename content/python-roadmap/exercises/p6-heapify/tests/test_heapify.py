import random
import unittest

from main import MinHeap, heap_sort, merge_sorted


def heap_ok(items):
    return all(items[c] >= items[i] for i in range(len(items)) for c in (2 * i + 1, 2 * i + 2) if c < len(items))


class Counting(MinHeap):
    def __init__(self):
        super().__init__()
        self.sift_downs = 0

    def _sift_down(self, i):
        self.sift_downs += 1
        super()._sift_down(i)


class TestHeapify(unittest.TestCase):
    def test_from_list(self):
        data = [9, 8, 7, 6, 5, 4, 3, 2, 1]
        heap = MinHeap.from_list(data)
        self.assertTrue(heap_ok(heap.items), f"not a heap: {heap.items}")
        self.assertEqual(sorted(heap.items), sorted(data))
        self.assertEqual(data, [9, 8, 7, 6, 5, 4, 3, 2, 1], "from_list must not change the caller's list")

    def test_from_list_is_classmethod(self):
        self.assertIsInstance(MinHeap.__dict__.get("from_list"), classmethod, "mark from_list with @classmethod")

    def test_heapify_is_linear(self):
        heap = Counting.from_list(list(range(100, 0, -1)))
        self.assertTrue(heap_ok(heap.items))
        self.assertEqual(heap.sift_downs, 50, "sift down only the items with children: indexes len // 2 - 1 down to 0")

    def test_heap_sort(self):
        rng = random.Random(3)
        data = [rng.randint(-50, 50) for _ in range(100)]
        copy = list(data)
        self.assertEqual(heap_sort(data), sorted(data))
        self.assertEqual(data, copy, "heap_sort returns a new list and leaves its input alone")
        self.assertEqual(heap_sort([]), [])

    def test_merge(self):
        self.assertEqual(merge_sorted([[1, 5, 9], [2, 3], [], [4, 10]]), [1, 2, 3, 4, 5, 9, 10])
        self.assertEqual(merge_sorted([]), [])


if __name__ == "__main__":
    unittest.main()
