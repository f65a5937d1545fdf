import unittest

from digits import digit_sum, power


class DigitSumTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(digit_sum(1234), 10)
        self.assertEqual(digit_sum(9), 9, "A single digit is its own sum: that is the base case")
        self.assertEqual(digit_sum(0), 0)

    def test_zeros_inside(self):
        self.assertEqual(digit_sum(1005), 6, "Zeros inside the number count as 0")

    def test_big(self):
        self.assertEqual(digit_sum(99999999999999999999), 180)


class PowerTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(power(2, 10), 1024)
        self.assertEqual(power(3, 4), 81)

    def test_zero_exponent(self):
        self.assertEqual(power(7, 0), 1, "Anything to the power 0 is 1: that is your base case")

    def test_one(self):
        self.assertEqual(power(5, 1), 5)


if __name__ == "__main__":
    unittest.main()
