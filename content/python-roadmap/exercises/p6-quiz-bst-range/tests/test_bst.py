import unittest

from bst import Node, height, insert, keys_between


def build(keys):
    root = None
    for key in keys:
        root = insert(root, key)
    return root


class CountingNode(Node):
    """A node that counts how often its key is read."""

    reads = 0

    def __getattribute__(self, name):
        if name == "key":
            CountingNode.reads += 1
        return object.__getattribute__(self, name)


def balanced(keys):
    """A tree of CountingNodes as low as possible, from sorted keys."""
    if not keys:
        return None
    middle = len(keys) // 2
    node = CountingNode(keys[middle])
    node.left = balanced(keys[:middle])
    node.right = balanced(keys[middle + 1:])
    return node


class KeysBetweenTests(unittest.TestCase):
    def test_example(self):
        root = build([50, 30, 70, 20, 40, 60, 80])
        self.assertEqual(keys_between(root, 35, 65), [40, 50, 60])

    def test_bounds_are_included(self):
        root = build([50, 30, 70, 20, 40, 60, 80])
        self.assertEqual(keys_between(root, 30, 70), [30, 40, 50, 60, 70],
                         "Keys equal to low or high are in the range too")

    def test_whole_tree_and_nothing(self):
        keys = [8, 3, 10, 1, 6, 14, 4, 7, 13]
        root = build(keys)
        self.assertEqual(keys_between(root, 0, 100), [1, 3, 4, 6, 7, 8, 10, 13, 14],
                         "A range around every key gives all keys, in increasing order")
        self.assertEqual(keys_between(root, 15, 20), [], "No key lies between 15 and 20")
        self.assertEqual(keys_between(None, 1, 5), [], "An empty tree has no keys")

    def test_skips_subtrees(self):
        root = balanced(list(range(0, 8190, 2)))
        CountingNode.reads = 0
        self.assertEqual(keys_between(root, 8180, 8186), [8180, 8182, 8184, 8186])
        self.assertLess(CountingNode.reads, 600,
                        "keys_between looked at far too many of the 4,095 nodes: when a node's key "
                        "is below `low`, its left subtree cannot hold a key in range, so do not walk "
                        "into it (and the same on the right for `high`)")


class HeightTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(height(build([50, 30, 70, 20, 40, 60, 80])), 3)

    def test_small(self):
        self.assertEqual(height(None), 0, "An empty tree has height 0")
        self.assertEqual(height(build([5])), 1, "A single node has height 1")

    def test_lopsided(self):
        self.assertEqual(height(build([1, 2, 3, 4, 5])), 5,
                         "Keys inserted in order make a chain: the height is the number of keys")
        self.assertEqual(height(build([10, 5, 20, 1, 0, 15])), 4,
                         "Count the nodes on the longest path, on whichever side it is")


if __name__ == "__main__":
    unittest.main()
