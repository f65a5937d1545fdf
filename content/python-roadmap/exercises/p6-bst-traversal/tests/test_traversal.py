import inspect
import unittest

from main import TreeNode, build, height, in_order, pre_order, size


class TestTraversal(unittest.TestCase):
    def test_in_order_sorted(self):
        keys = [50, 20, 70, 10, 30, 60, 80, 25]
        self.assertEqual(list(in_order(build(keys))), sorted(keys))

    def test_generators(self):
        root = build([1])
        self.assertTrue(inspect.isgenerator(in_order(root)), "in_order should be a generator (yield)")
        self.assertTrue(inspect.isgenerator(pre_order(root)), "pre_order should be a generator (yield)")

    def test_pre_order(self):
        self.assertEqual(list(pre_order(build([2, 1, 3]))), [2, 1, 3])
        self.assertEqual(list(pre_order(build([5, 3, 8, 4]))), [5, 3, 4, 8])

    def test_empty(self):
        self.assertEqual(list(in_order(None)), [])
        self.assertEqual(list(pre_order(None)), [])
        self.assertEqual(size(None), 0)
        self.assertEqual(height(None), 0, "an empty tree has height 0")

    def test_size_height(self):
        self.assertEqual(height(TreeNode(1)), 1, "a single node has height 1")
        root = build([4, 2, 6, 1, 3, 5, 7])
        self.assertEqual((size(root), height(root)), (7, 3))
        self.assertEqual(height(build([1, 2, 3, 4])), 4)

    def test_deep_left(self):
        root = build([5, 4, 3, 2, 1, 9])
        self.assertEqual(height(root), 5, "height follows the longest side")


if __name__ == "__main__":
    unittest.main()
