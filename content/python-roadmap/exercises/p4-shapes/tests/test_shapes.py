import math
import unittest

from main import Circle, Rectangle, Shape, Square


class TestShapes(unittest.TestCase):
    def test_shape_is_abstract(self):
        with self.assertRaises(TypeError, msg="Shape() should fail: make Shape inherit from ABC and mark area and perimeter with @abstractmethod"):
            Shape()

    def test_perimeter_is_abstract_too(self):
        class OnlyArea(Shape):
            def area(self) -> float:
                return 1.0

        with self.assertRaises(TypeError, msg="a subclass without perimeter() should not be creatable: mark perimeter with @abstractmethod too"):
            OnlyArea()

    def test_rectangle(self):
        r = Rectangle(3, 5)
        self.assertAlmostEqual(r.area(), 15)
        self.assertAlmostEqual(r.perimeter(), 16)

    def test_square(self):
        s = Square(4)
        self.assertIsInstance(s, Rectangle, "Square should be a subclass of Rectangle")
        self.assertAlmostEqual(s.area(), 16)
        self.assertAlmostEqual(s.perimeter(), 16)
        self.assertNotIn("area", Square.__dict__, "Square inherits area from Rectangle; it does not need its own")

    def test_circle(self):
        c = Circle(2)
        self.assertAlmostEqual(c.area(), math.pi * 4)
        self.assertAlmostEqual(c.perimeter(), math.pi * 4)

    def test_describe(self):
        self.assertEqual(Rectangle(3, 4).describe(), "area 12.00, perimeter 14.00")
        self.assertEqual(Circle(1).describe(), "area 3.14, perimeter 6.28")
        self.assertNotIn("describe", Circle.__dict__, "describe is written once, in Shape")


if __name__ == "__main__":
    unittest.main()
