import unittest

from nested import flatten, nested_sum


class FlattenTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(flatten([1, [2, 3], [[4], 5], []]), [1, 2, 3, 4, 5])

    def test_already_flat(self):
        self.assertEqual(flatten([1, 2, 3]), [1, 2, 3])
        self.assertEqual(flatten([]), [])

    def test_deep(self):
        deep: list = [7]
        for _ in range(50):
            deep = [deep]
        self.assertEqual(flatten(deep), [7], "Fifty lists deep: only recursion reaches the 7")

    def test_order_kept(self):
        self.assertEqual(flatten([[3, [1]], 2, [[[0]]]]), [3, 1, 2, 0],
                         "Keep the numbers in the order you meet them")


class NestedSumTests(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(nested_sum([1, [2, 3], [[4], 5], []]), 15)
        self.assertEqual(nested_sum([]), 0)


if __name__ == "__main__":
    unittest.main()
