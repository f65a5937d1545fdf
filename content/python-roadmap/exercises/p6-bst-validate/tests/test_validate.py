import unittest

from main import TreeNode, from_sorted, in_order, is_bst


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


class TestIsBST(unittest.TestCase):
    def test_valid(self):
        self.assertTrue(is_bst(None), "an empty tree is a BST")
        self.assertTrue(is_bst(TreeNode(1)))
        self.assertTrue(is_bst(TreeNode(5, TreeNode(2, None, TreeNode(4)), TreeNode(8, TreeNode(6)))))

    def test_children_wrong(self):
        self.assertFalse(is_bst(TreeNode(5, TreeNode(7))), "a larger key on the left breaks the rule")
        self.assertFalse(is_bst(TreeNode(5, None, TreeNode(1))))

    def test_deep_violation(self):
        bad = TreeNode(10, TreeNode(5, TreeNode(3), TreeNode(12)), TreeNode(15))
        self.assertFalse(is_bst(bad), "12 is in the LEFT subtree of 10: pass the allowed range down, not just compare with the parent")
        bad2 = TreeNode(10, TreeNode(5), TreeNode(15, TreeNode(8)))
        self.assertFalse(is_bst(bad2), "8 is in the RIGHT subtree of 10")

    def test_equal_keys(self):
        self.assertFalse(is_bst(TreeNode(5, TreeNode(5))), "keys must be strictly smaller on the left")


class TestFromSorted(unittest.TestCase):
    def test_empty(self):
        self.assertIsNone(from_sorted([]))

    def test_balanced(self):
        keys = list(range(1, 16))
        root = from_sorted(keys)
        self.assertEqual(list(in_order(root)), keys)
        self.assertEqual(root.key, 8, "the middle key is the root")
        self.assertEqual(height(root), 4, "15 keys fit in a tree of height 4")
        self.assertTrue(is_bst(root))

    def test_even(self):
        root = from_sorted([1, 2, 3, 4])
        self.assertEqual(list(in_order(root)), [1, 2, 3, 4])
        self.assertLessEqual(height(root), 3)


if __name__ == "__main__":
    unittest.main()
