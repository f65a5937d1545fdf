import unittest

from main import Point


class Pixel(Point):
    """A subclass: from_text must build one of these when called on it."""


class TestFromText(unittest.TestCase):
    def test_kinds_of_method(self) -> None:
        self.assertIsInstance(
            vars(Point).get("from_text"), classmethod,
            "Point should have a method from_text marked @classmethod")
        self.assertIsInstance(
            vars(Point).get("is_number"), staticmethod,
            "Point should have a method is_number marked @staticmethod")

    def test_is_number(self) -> None:
        for text in ("3", "-1.5", " 2 ", "0.25"):
            with self.subTest(text=text):
                self.assertTrue(Point.is_number(text),
                                f"Point.is_number({text!r}) should be True")
        for text in ("", "two", "1.2.3", "4,5"):
            with self.subTest(text=text):
                self.assertFalse(Point.is_number(text),
                                 f"Point.is_number({text!r}) should be False")

    def test_from_text(self) -> None:
        cases = [("3,4", 3.0, 4.0), (" -1.5 , 2 ", -1.5, 2.0),
                 ("0,0", 0.0, 0.0), ("10.25,-7", 10.25, -7.0)]
        for text, x, y in cases:
            with self.subTest(text=text):
                point = Point.from_text(text)
                self.assertIsInstance(point, Point)
                self.assertEqual((point.x, point.y), (x, y),
                                 f"Point.from_text({text!r}) should have "
                                 f"x={x} and y={y}, as floats")

    def test_refuses_bad_text(self) -> None:
        for text in ("3", "3,4,5", "a,b", "", "3;4", ",4"):
            with self.subTest(text=text):
                with self.assertRaises(
                        ValueError,
                        msg=f"Point.from_text({text!r}) should raise "
                            f"ValueError: it is not two numbers and a comma"):
                    Point.from_text(text)

    def test_subclass(self) -> None:
        pixel = Pixel.from_text("1,2")
        self.assertIs(type(pixel), Pixel,
                      "Pixel.from_text('1,2') should build a Pixel, a "
                      "subclass of Point: call cls(...), not Point(...)")
        self.assertEqual(pixel, Pixel(1, 2))


if __name__ == "__main__":
    unittest.main()
