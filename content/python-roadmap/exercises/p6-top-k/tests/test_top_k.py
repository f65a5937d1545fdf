import unittest

import main
from main import top_k


class SpyHeap(main.MinHeap):
    biggest = 0

    def push(self, item):
        super().push(item)
        SpyHeap.biggest = max(SpyHeap.biggest, len(self))


class TestTopK(unittest.TestCase):
    def test_basic(self):
        counts = {"a": 5, "b": 1, "c": 9, "d": 3}
        self.assertEqual(top_k(counts, 2), [("c", 9), ("a", 5)])
        self.assertEqual(top_k(counts, 1), [("c", 9)])

    def test_k_too_big(self):
        self.assertEqual(top_k({"x": 1, "y": 2}, 5), [("y", 2), ("x", 1)])

    def test_k_zero(self):
        self.assertEqual(top_k({"x": 1}, 0), [])
        self.assertEqual(top_k({}, 3), [])

    def test_ties(self):
        self.assertEqual(top_k({"apple": 2, "pear": 2, "fig": 1}, 1), [("pear", 2)],
                         "on equal counts, the name later in the alphabet wins")

    def test_heap_stays_small(self):
        original = main.MinHeap
        main.MinHeap = SpyHeap
        SpyHeap.biggest = 0
        try:
            counts = {f"item{i}": i for i in range(200)}
            self.assertEqual(top_k(counts, 3), [("item199", 199), ("item198", 198), ("item197", 197)])
        finally:
            main.MinHeap = original
        self.assertGreater(SpyHeap.biggest, 0, "use the MinHeap class")
        self.assertLessEqual(SpyHeap.biggest, 4, "never keep more than k + 1 items in the heap: pop when it grows past k")


if __name__ == "__main__":
    unittest.main()
