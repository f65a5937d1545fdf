import io
import unittest
from contextlib import redirect_stdout

with redirect_stdout(io.StringIO()):
    from main import describe, hours, parse_minutes


class TestDurations(unittest.TestCase):
    def test_parse_minutes(self) -> None:
        self.assertEqual(parse_minutes("90"), 90,
                         "parse_minutes('90') should return 90")
        self.assertEqual(parse_minutes(" 75 "), 75,
                         "parse_minutes(' 75 ') should return 75")

    def test_parse_blank(self) -> None:
        self.assertEqual(parse_minutes(""), 0,
                         "parse_minutes('') should return 0: a blank text "
                         "means 0 minutes, as the docstring says")
        self.assertEqual(parse_minutes("   "), 0,
                         "parse_minutes('   ') should return 0")

    def test_hours(self) -> None:
        self.assertAlmostEqual(hours(90), 1.5,
                               msg="hours(90) should return 1.5, not a "
                                   "rounded whole number")
        self.assertAlmostEqual(hours(150), 2.5, msg="hours(150) should be 2.5")
        self.assertAlmostEqual(hours(60), 1.0, msg="hours(60) should be 1.0")

    def test_describe(self) -> None:
        self.assertEqual(describe(45), "45 min")
        self.assertEqual(describe(0), "0 min")
        self.assertEqual(describe(90), "1.5 h")
        self.assertEqual(describe(120), "2.0 h")


if __name__ == "__main__":
    unittest.main()
