import unittest

from main import Point


class TestPoint(unittest.TestCase):
    def test_repr(self):
        self.assertEqual(repr(Point(3, 4)), "Point(x=3, y=4)")
        self.assertEqual(repr(Point(-1, 0)), "Point(x=-1, y=0)")

    def test_print_uses_repr(self):
        self.assertEqual(str(Point(1, 2)), "Point(x=1, y=2)", "print() and str() fall back to __repr__")

    def test_equal(self):
        self.assertEqual(Point(1, 2), Point(1, 2), "two points with the same x and y are equal")
        self.assertNotEqual(Point(1, 2), Point(2, 1))
        self.assertNotEqual(Point(1, 2), Point(1, 3))

    def test_other_types(self):
        self.assertIs(Point(1, 2).__eq__("Point(x=1, y=2)"), NotImplemented,
                      "for something that is not a Point, __eq__ returns NotImplemented")
        self.assertFalse(Point(1, 2) == (1, 2), "a point is not equal to a tuple")

    def test_in_list(self):
        self.assertIn(Point(5, 5), [Point(1, 1), Point(5, 5)], "`in` uses __eq__ too")


if __name__ == "__main__":
    unittest.main()
