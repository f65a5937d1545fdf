import random
import unittest

from merge_sort import merge, merge_sort


class MergeTests(unittest.TestCase):
    def test_merge_interleaved(self):
        self.assertEqual(merge([1, 4, 9], [2, 3, 10]), [1, 2, 3, 4, 9, 10],
                         "merge should always take the smaller front item")

    def test_merge_leftovers(self):
        self.assertEqual(merge([1, 2], [5, 6, 7]), [1, 2, 5, 6, 7],
                         "When one list runs out, add what is left of the other")
        self.assertEqual(merge([8, 9], [1]), [1, 8, 9],
                         "Left-over items can be on either side")

    def test_merge_empty(self):
        self.assertEqual(merge([], [1, 2]), [1, 2])
        self.assertEqual(merge([], []), [])


class MergeSortTests(unittest.TestCase):
    def test_small(self):
        self.assertEqual(merge_sort([38, 27, 43, 3, 9, 82, 10]), [3, 9, 10, 27, 38, 43, 82])

    def test_empty_and_single(self):
        self.assertEqual(merge_sort([]), [], "An empty list is already sorted")
        self.assertEqual(merge_sort([5]), [5], "One item is already sorted")

    def test_input_unchanged(self):
        data = [3, 1, 2]
        merge_sort(data)
        self.assertEqual(data, [3, 1, 2], "merge_sort must return a new list and leave its input alone")

    def test_random(self):
        rng = random.Random(3)
        for _ in range(40):
            data = [rng.randint(-50, 50) for _ in range(rng.randint(0, 60))]
            self.assertEqual(merge_sort(data), sorted(data), f"merge_sort({data}) is wrong")

    def test_large(self):
        data = list(range(20000, 0, -1))
        self.assertEqual(merge_sort(data), list(range(1, 20001)),
                         "20,000 items in reverse order should sort quickly with merge sort")


if __name__ == "__main__":
    unittest.main()
