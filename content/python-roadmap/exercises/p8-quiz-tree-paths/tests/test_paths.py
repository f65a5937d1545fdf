import unittest

from paths import Node, leaf_paths, paths_with_sum


def sample():
    #        5
    #       / \
    #      4   8
    #     /   / \
    #   11  13   4
    #   / \     / \
    #  7   2   5   1
    return Node(5,
                Node(4, Node(11, Node(7), Node(2))),
                Node(8, Node(13), Node(4, Node(5), Node(1))))


class LeafPathsTests(unittest.TestCase):
    def test_example(self):
        root = Node(1, Node(2, None, Node(5)), Node(3))
        self.assertEqual(leaf_paths(root), ["1 -> 2 -> 5", "1 -> 3"],
                         "Node 2 has a child, so it is not a leaf: its path goes on to 5")

    def test_small(self):
        self.assertEqual(leaf_paths(None), [], "An empty tree has no paths")
        self.assertEqual(leaf_paths(Node(7)), ["7"], "A single node is a leaf: its path is just its value")

    def test_bigger(self):
        self.assertEqual(leaf_paths(sample()),
                         ["5 -> 4 -> 11 -> 7", "5 -> 4 -> 11 -> 2", "5 -> 8 -> 13",
                          "5 -> 8 -> 4 -> 5", "5 -> 8 -> 4 -> 1"],
                         "Paths go from the leftmost leaf to the rightmost")

    def test_chain(self):
        root = Node(1, None, Node(2, Node(3)))
        self.assertEqual(leaf_paths(root), ["1 -> 2 -> 3"], "A chain has one leaf, whichever side the children are on")


class PathsWithSumTests(unittest.TestCase):
    def test_example(self):
        root = Node(1, Node(2, None, Node(5)), Node(3))
        self.assertEqual(paths_with_sum(root, 4), ["1 -> 3"])
        self.assertEqual(paths_with_sum(root, 3), [],
                         "1 + 2 is 3, but node 2 is not a leaf: a path must go down to a leaf")

    def test_several(self):
        self.assertEqual(paths_with_sum(sample(), 22), ["5 -> 4 -> 11 -> 2", "5 -> 8 -> 4 -> 5"])
        self.assertEqual(paths_with_sum(sample(), 26), ["5 -> 8 -> 13"])
        self.assertEqual(paths_with_sum(sample(), 100), [])

    def test_negative(self):
        root = Node(-2, Node(3), Node(-3, Node(4)))
        self.assertEqual(paths_with_sum(root, 1), ["-2 -> 3"], "Values may be negative")
        self.assertEqual(paths_with_sum(root, -1), ["-2 -> -3 -> 4"])
        self.assertEqual(paths_with_sum(Node(5, Node(-3), Node(1)), 2), ["5 -> -3"],
                         "5 is already more than the target 2, but -3 brings the path back to 2: "
                         "do not stop early when a value passes the target, later values may be negative")

    def test_empty(self):
        self.assertEqual(paths_with_sum(None, 0), [], "An empty tree has no paths, not even for target 0")


if __name__ == "__main__":
    unittest.main()
