import unittest

from intervals import free_slots, merge_busy


class MergeBusyTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(merge_busy([(9, 11), (14, 15), (10, 12), (12, 13)]), [(9, 13), (14, 15)])

    def test_contained(self):
        self.assertEqual(merge_busy([(1, 10), (2, 3)]), [(1, 10)],
                         "An interval inside another must not shrink it: use max() for the end")

    def test_unsorted_and_separate(self):
        self.assertEqual(merge_busy([(5, 6), (1, 2)]), [(1, 2), (5, 6)], "Sort by start first")

    def test_empty(self):
        self.assertEqual(merge_busy([]), [])

    def test_returns_tuples(self):
        for item in merge_busy([(1, 3), (2, 4)]):
            self.assertIsInstance(item, tuple, "Return (start, end) tuples")


class FreeSlotsTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(free_slots([(9, 11), (14, 15), (10, 12), (12, 13)], 8, 18),
                         [(8, 9), (13, 14), (15, 18)])

    def test_busy_at_edges(self):
        self.assertEqual(free_slots([(8, 10), (16, 18)], 8, 18), [(10, 16)],
                         "No empty slots like (8, 8) at the edges")

    def test_free_day(self):
        self.assertEqual(free_slots([], 9, 17), [(9, 17)])


if __name__ == "__main__":
    unittest.main()
