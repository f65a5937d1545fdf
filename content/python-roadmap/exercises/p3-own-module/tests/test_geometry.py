import math
import unittest
import geometry


class TestGeometry(unittest.TestCase):
    def test_rectangle(self):
        self.assertEqual(geometry.rectangle_area(3, 4), 12)

    def test_circle(self):
        self.assertAlmostEqual(geometry.circle_area(1), math.pi)
        self.assertAlmostEqual(geometry.circle_area(5), 78.53981633974483)
