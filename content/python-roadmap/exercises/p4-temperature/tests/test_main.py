import unittest

from main import Temperature


class TestTemperature(unittest.TestCase):
    def test_are_properties(self) -> None:
        for name in ("celsius", "fahrenheit", "kelvin"):
            with self.subTest(name=name):
                self.assertIsInstance(
                    vars(Temperature).get(name), property,
                    f"Temperature should have a property `{name}`: a "
                    f"method marked @property, read as t.{name}")

    def test_read_celsius(self) -> None:
        self.assertAlmostEqual(Temperature(20).celsius, 20,
                               msg="Temperature(20).celsius should be 20")
        self.assertAlmostEqual(Temperature(-40.5).celsius, -40.5,
                               msg="Temperature(-40.5).celsius should be -40.5")

    def test_read_fahrenheit_and_kelvin(self) -> None:
        t = Temperature(30)
        self.assertAlmostEqual(t.fahrenheit, 86,
                               msg="30 °C are 86 °F: celsius * 9 / 5 + 32")
        self.assertAlmostEqual(t.kelvin, 303.15,
                               msg="30 °C are 303.15 K: celsius + 273.15")
        self.assertAlmostEqual(Temperature(-40).fahrenheit, -40,
                               msg="-40 °C are -40 °F")

    def test_set_celsius(self) -> None:
        t = Temperature(20)
        t.celsius = 25
        self.assertAlmostEqual(t.celsius, 25)
        self.assertAlmostEqual(t.fahrenheit, 77,
                               msg="after t.celsius = 25, t.fahrenheit should "
                                   "be 77: compute it, do not store it")

    def test_set_fahrenheit(self) -> None:
        t = Temperature(0)
        t.fahrenheit = 212
        self.assertAlmostEqual(t.celsius, 100,
                               msg="after t.fahrenheit = 212, t.celsius "
                                   "should be 100: (f - 32) * 5 / 9")
        self.assertAlmostEqual(t.kelvin, 373.15)

    def test_refuses_below_absolute_zero(self) -> None:
        with self.assertRaises(ValueError,
                               msg="Temperature(-300) should raise ValueError"):
            Temperature(-300)
        t = Temperature(10)
        with self.assertRaises(ValueError,
                               msg="t.celsius = -274 should raise ValueError"):
            t.celsius = -274
        with self.assertRaises(ValueError,
                               msg="t.fahrenheit = -500 is below absolute zero "
                                   "too and should raise ValueError: let the "
                                   "fahrenheit setter go through the celsius one"):
            t.fahrenheit = -500
        self.assertAlmostEqual(t.celsius, 10,
                               msg="a refused value must leave the "
                                   "temperature as it was")

    def test_kelvin_read_only(self) -> None:
        t = Temperature(10)
        with self.assertRaises(AttributeError,
                               msg="t.kelvin = 5 should be refused: kelvin is "
                                   "a property without a setter"):
            t.kelvin = 5  # type: ignore[misc]


if __name__ == "__main__":
    unittest.main()
