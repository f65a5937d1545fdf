import unittest

from stairs import count_ways, count_ways_3


class CountWaysTests(unittest.TestCase):
    def test_small(self):
        self.assertEqual([count_ways(n) for n in range(7)], [1, 1, 2, 3, 5, 8, 13],
                         "count_ways(0..6) should be 1, 1, 2, 3, 5, 8, 13")

    def test_big_is_fast(self):
        self.assertEqual(count_ways(80), 37889062373143906,
                         "count_ways(80) must be computed with a table or memo")


class CountWays3Tests(unittest.TestCase):
    def test_small(self):
        self.assertEqual([count_ways_3(n) for n in range(7)], [1, 1, 2, 4, 7, 13, 24],
                         "With steps of 1, 2 or 3: 1, 1, 2, 4, 7, 13, 24")

    def test_big_is_fast(self):
        self.assertEqual(count_ways_3(80), 918838005896863447985,
                         "count_ways_3(80) must be computed with a table or memo")


if __name__ == "__main__":
    unittest.main()
