import unittest

from main import Vector


class TestVector(unittest.TestCase):
    def test_repr(self):
        self.assertEqual(repr(Vector(1, 2)), "Vector(1, 2)")

    def test_eq(self):
        self.assertTrue(Vector(1, 2) == Vector(1, 2))
        self.assertFalse(Vector(1, 2) == Vector(2, 1))
        self.assertIs(Vector(1, 2).__eq__(3), NotImplemented, "__eq__ returns NotImplemented for non-vectors")

    def test_add(self):
        self.assertEqual(Vector(1, 2) + Vector(3, 4), Vector(4, 6))

    def test_sub(self):
        self.assertEqual(Vector(3, 4) - Vector(1, 1), Vector(2, 3))

    def test_mul(self):
        self.assertEqual(Vector(1, -2) * 3, Vector(3, -6))

    def test_abs(self):
        self.assertAlmostEqual(abs(Vector(3, 4)), 5.0)
        self.assertAlmostEqual(abs(Vector(0, 0)), 0.0)

    def test_operands_unchanged(self):
        a = Vector(1, 2)
        b = Vector(3, 4)
        c = a + b
        a - b
        a * 5
        self.assertEqual((a.x, a.y), (1, 2), "+, - and * must not change the left vector")
        self.assertEqual((b.x, b.y), (3, 4), "+ and - must not change the right vector")
        self.assertIsNot(c, a, "+ returns a new Vector")


if __name__ == "__main__":
    unittest.main()
