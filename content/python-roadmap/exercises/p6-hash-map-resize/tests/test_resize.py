import inspect
import unittest

from main import HashMap


class TestRemoveResize(unittest.TestCase):
    def test_remove(self):
        m = HashMap()
        m["a"] = 1
        m["b"] = 2
        self.assertEqual(m.remove("a"), 1)
        self.assertNotIn("a", m)
        self.assertEqual(len(m), 1)
        with self.assertRaises(KeyError):
            m.remove("a")

    def test_load_factor(self):
        m = HashMap(8)
        for k in "abcd":
            m[k] = 0
        self.assertAlmostEqual(m.load_factor(), 0.5)

    def test_grows_when_too_full(self):
        m = HashMap(4)
        for i in range(3):
            m[i] = i
        self.assertEqual(len(m._buckets), 4, "3 of 4 is exactly 0.75: not above it yet")
        m[3] = 3
        self.assertEqual(len(m._buckets), 8, "4 of 4 is above 0.75: double to 8 buckets")
        for i in range(4):
            self.assertEqual(m[i], i, "after resizing, every key must still be found")

    def test_resize_reinserts_every_pair(self):
        m = HashMap(4)
        for key in (0, 1, 2, 5):
            m[key] = key * 10
        self.assertEqual(len(m._buckets), 8, "4 of 4 is above 0.75: double to 8 buckets")
        for index, bucket in enumerate(m._buckets):
            for key, _ in bucket:
                if hash(key) % 8 != index:
                    self.fail(
                        f"After growing to 8 buckets, the key {key!r} belongs in bucket "
                        f"{hash(key) % 8} (`hash({key!r}) % 8`) but is in bucket {index}. "
                        "Old buckets cannot be kept as they are: `_resize` must re-insert "
                        "every pair into the new buckets.")
        self.assertEqual(m[5], 50, "after resizing, every key must still be found")

    def test_replace_does_not_grow(self):
        m = HashMap(4)
        for i in range(3):
            m[i] = i
        m[0] = 100
        self.assertEqual(len(m._buckets), 4, "replacing a value adds no key, so no resize")

    def test_many(self):
        m = HashMap()
        for i in range(2000):
            m[f"k{i}"] = i
        self.assertLessEqual(m.load_factor(), 0.75)
        self.assertEqual(m["k1234"], 1234)
        longest = max(len(b) for b in m._buckets)
        self.assertLess(longest, 20, "chains stay short when the table grows")

    def test_iteration(self):
        m = HashMap()
        for k in "xyz":
            m[k] = k.upper()
        self.assertTrue(inspect.isgenerator(iter(m)), "write __iter__ as a generator")
        self.assertEqual(sorted(m), ["x", "y", "z"])
        self.assertEqual(sorted(m.items()), [("x", "X"), ("y", "Y"), ("z", "Z")])


if __name__ == "__main__":
    unittest.main()
