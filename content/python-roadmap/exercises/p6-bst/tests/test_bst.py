import unittest

from main import BST


class CountingKey(int):
    comparisons = 0

    def _count(self):
        CountingKey.comparisons += 1

    def __lt__(self, other):
        self._count()
        return int(self) < int(other)

    def __gt__(self, other):
        self._count()
        return int(self) > int(other)

    def __eq__(self, other):
        self._count()
        return int(self) == int(other)

    __hash__ = int.__hash__


def make(*keys):
    t = BST()
    for k in keys:
        t.insert(k)
    return t


class TestBST(unittest.TestCase):
    def test_shape(self):
        t = make(8, 3, 10, 1, 6)
        self.assertEqual(t.root.key, 8, "the first key becomes the root")
        self.assertEqual(t.root.left.key, 3, "smaller keys go left")
        self.assertEqual(t.root.right.key, 10, "larger keys go right")
        self.assertEqual(t.root.left.right.key, 6)

    def test_contains(self):
        t = make(5, 2, 9)
        for k in (5, 2, 9):
            self.assertIn(k, t)
        for k in (0, 3, 10):
            self.assertNotIn(k, t)
        self.assertNotIn(1, BST())

    def test_duplicates(self):
        t = make(5, 2)
        self.assertFalse(t.insert(5), "a key already there returns False")
        self.assertTrue(t.insert(7))
        self.assertEqual(len(t), 3)

    def test_min_max(self):
        t = make(50, 30, 70, 20, 80, 60)
        self.assertEqual((t.min(), t.max()), (20, 80))
        with self.assertRaises(ValueError):
            BST().min()
        with self.assertRaises(ValueError):
            BST().max()

    def test_search_is_fast(self):
        keys = [512]
        step = 256
        while step:
            keys += list(range(step, 1024, step * 2))
            step //= 2
        t = make(*keys)
        CountingKey.comparisons = 0
        self.assertIn(CountingKey(1), t)
        self.assertLess(CountingKey.comparisons, 40,
                        "search should follow one path down the tree, not look at every node")


if __name__ == "__main__":
    unittest.main()
