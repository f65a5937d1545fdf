import random
import unittest
from typing import Any

from main import BST


def walk(node: Any) -> list[int]:
    """The keys in order, read from the nodes themselves."""
    if node is None:
        return []
    return walk(node.left) + [node.key] + walk(node.right)


def is_search_tree(node: Any, low: float, high: float) -> bool:
    if node is None:
        return True
    if not low < node.key < high:
        return False
    return (is_search_tree(node.left, low, node.key)
            and is_search_tree(node.right, node.key, high))


def make(keys: list[int]) -> BST:
    tree = BST()
    for key in keys:
        tree.insert(key)
    return tree


#         8
#       /   \
#      3     10
#     / \      \
#    1   6      14
#       / \    /
#      4   7  13
KEYS = [8, 3, 10, 1, 6, 14, 4, 7, 13]


class TestDelete(unittest.TestCase):
    def after(self, tree: BST, expected: list[int], what: str) -> None:
        self.assertEqual(walk(tree.root), expected,
                         f"after deleting {what}, the in-order walk should "
                         f"be {expected}")
        self.assertTrue(is_search_tree(tree.root, float("-inf"), float("inf")),
                        f"after deleting {what}, the tree is no longer a "
                        f"search tree: some key is on the wrong side")
        self.assertEqual(len(tree), len(expected),
                         f"after deleting {what}, len() should be "
                         f"{len(expected)}")

    def test_leaf(self) -> None:
        tree = make(KEYS)
        self.assertTrue(tree.delete(7), "delete(7) should return True")
        self.after(tree, [1, 3, 4, 6, 8, 10, 13, 14], "the leaf 7")
        self.assertTrue(tree.delete(1))
        self.after(tree, [3, 4, 6, 8, 10, 13, 14], "the leaf 1")

    def test_one_child(self) -> None:
        tree = make(KEYS)
        self.assertTrue(tree.delete(10))
        self.after(tree, [1, 3, 4, 6, 7, 8, 13, 14],
                   "10, which has one child (14)")
        self.assertTrue(tree.delete(14))
        self.after(tree, [1, 3, 4, 6, 7, 8, 13],
                   "14, which has one child (13) on its left")

    def test_two_children(self) -> None:
        tree = make(KEYS)
        self.assertTrue(tree.delete(3))
        self.after(tree, [1, 4, 6, 7, 8, 10, 13, 14],
                   "3, which has two children")
        self.assertTrue(tree.delete(6))
        self.after(tree, [1, 4, 7, 8, 10, 13, 14],
                   "6, which has two children")

    def test_root(self) -> None:
        tree = make(KEYS)
        self.assertTrue(tree.delete(8))
        self.after(tree, [1, 3, 4, 6, 7, 10, 13, 14],
                   "the root 8, which has two children")
        single = make([5])
        self.assertTrue(single.delete(5))
        self.assertIsNone(single.root,
                          "deleting the only key should leave root None")
        self.assertEqual(len(single), 0)
        chain = make([1, 2, 3])
        chain.delete(1)
        self.after(chain, [2, 3], "the root 1, which has one child")

    def test_missing(self) -> None:
        tree = make(KEYS)
        self.assertFalse(tree.delete(5),
                         "delete(5) should return False: 5 is not there")
        self.after(tree, sorted(KEYS), "a key that is not there (nothing)")
        self.assertFalse(BST().delete(1),
                         "deleting from an empty tree should return False")

    def test_contains_after(self) -> None:
        tree = make(KEYS)
        tree.delete(3)
        self.assertNotIn(3, tree, "3 is still found after delete(3)")
        for key in (1, 4, 6, 7):
            self.assertIn(key, tree,
                          f"{key} got lost when 3 was deleted")

    def test_many(self) -> None:
        rng = random.Random(20)
        keys = rng.sample(range(1000), 200)
        tree = make(keys)
        remaining = sorted(keys)
        order = keys[:]
        rng.shuffle(order)
        for key in order[:150]:
            self.assertTrue(tree.delete(key))
            remaining.remove(key)
            self.after(tree, remaining, f"{key} from a larger tree")


if __name__ == "__main__":
    unittest.main()
