import unittest

from main import HashMap


class Clash:
    """Keys that all land in the same bucket."""

    looked_at = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        Clash.looked_at += 1
        return isinstance(other, Clash) and other.name == self.name


class Spy:
    eq_calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        Spy.eq_calls += 1
        return isinstance(other, Spy) and other.n == self.n


class TestHashMap(unittest.TestCase):
    def test_buckets(self):
        m = HashMap(4)
        self.assertEqual(len(m._buckets), 4, "HashMap(4) has 4 buckets")
        self.assertEqual(len(HashMap()._buckets), 8, "the default capacity is 8")
        with self.assertRaises(ValueError):
            HashMap(0)

    def test_put_get(self):
        m = HashMap()
        m.put("a", 1)
        m.put("b", 2)
        self.assertEqual(m.get("a"), 1)
        self.assertEqual(m.get("b"), 2)
        self.assertIsNone(m.get("c"))
        self.assertEqual(m.get("c", 99), 99)

    def test_replace(self):
        m = HashMap()
        m.put("a", 1)
        m.put("a", 2)
        self.assertEqual(m.get("a"), 2)
        self.assertEqual(len(m), 1, "putting a key again replaces it; the size stays 1")

    def test_brackets(self):
        m = HashMap()
        m["x"] = 5
        self.assertEqual(m["x"], 5)
        with self.assertRaises(KeyError):
            m["nope"]

    def test_contains_len(self):
        m = HashMap(2)
        for i in range(20):
            m[i] = i * i
        self.assertEqual(len(m), 20)
        self.assertIn(7, m)
        self.assertNotIn(20, m)
        self.assertEqual(m[19], 361)

    def test_collisions(self):
        m = HashMap()
        a, b = Clash("a"), Clash("b")
        m[a] = 1
        m[b] = 2
        self.assertEqual((m[a], m[b]), (1, 2), "keys in the same bucket must both be kept")
        self.assertEqual(len(m), 2)

    def test_only_one_bucket_searched(self):
        m = HashMap(16)
        keys = [Spy(i) for i in range(16)]
        for k in keys:
            m[k] = k.n
        Spy.eq_calls = 0
        self.assertEqual(m[keys[5]], 5)
        self.assertLessEqual(Spy.eq_calls, 2, "look only in the key's own bucket, not through the whole table")


if __name__ == "__main__":
    unittest.main()
