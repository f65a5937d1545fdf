import unittest

from main import Counter


class TestCounter(unittest.TestCase):
    def test_starts_at_zero(self):
        c = Counter("x")
        self.assertEqual(c.count, 0, "a new counter starts at 0")
        self.assertEqual(c.label, "x", "__init__ should store the label as self.label")

    def test_increment_default(self):
        c = Counter("x")
        c.increment()
        self.assertEqual(c.count, 1, "increment() with no argument adds 1")

    def test_increment_by(self):
        c = Counter("x")
        c.increment(5)
        c.increment(2)
        self.assertEqual(c.count, 7, "increment(5) then increment(2) makes 7")

    def test_refuses_zero_and_negative(self):
        c = Counter("x")
        c.increment(3)
        with self.assertRaises(ValueError, msg="increment(0) should raise ValueError"):
            c.increment(0)
        with self.assertRaises(ValueError, msg="increment(-1) should raise ValueError"):
            c.increment(-1)
        self.assertEqual(c.count, 3, "a refused increment must not change the count")

    def test_reset(self):
        c = Counter("x")
        c.increment(4)
        c.reset()
        self.assertEqual(c.count, 0, "reset() sets the count back to 0")

    def test_describe(self):
        c = Counter("clicks")
        c.increment(3)
        self.assertEqual(c.describe(), "clicks: 3")

    def test_counters_are_independent(self):
        a = Counter("a")
        b = Counter("b")
        a.increment(2)
        self.assertEqual(b.count, 0, "changing one counter must not change another")


if __name__ == "__main__":
    unittest.main()
