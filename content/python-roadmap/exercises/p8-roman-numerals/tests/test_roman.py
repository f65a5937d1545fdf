import unittest

from roman import from_roman, to_roman


class ToRomanTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(to_roman(1994), "MCMXCIV")
        self.assertEqual(to_roman(48), "XLVIII")
        self.assertEqual(to_roman(3999), "MMMCMXCIX")
        self.assertEqual(to_roman(4), "IV", "4 is IV, not IIII")
        self.assertEqual(to_roman(1), "I")

    def test_out_of_range(self):
        for bad in (0, -5, 4000):
            with self.assertRaises(ValueError, msg=f"to_roman({bad}) should raise ValueError"):
                to_roman(bad)


class FromRomanTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(from_roman("MCMXCIV"), 1994)
        self.assertEqual(from_roman("XLVIII"), 48)

    def test_round_trip(self):
        for n in range(1, 4000):
            self.assertEqual(from_roman(to_roman(n)), n, f"from_roman(to_roman({n}))")

    def test_invalid(self):
        for bad in ("IIII", "IC", "ABC", "", "VV", "XM", "iv"):
            with self.assertRaises(ValueError, msg=f"from_roman({bad!r}) should raise ValueError"):
                from_roman(bad)


if __name__ == "__main__":
    unittest.main()
