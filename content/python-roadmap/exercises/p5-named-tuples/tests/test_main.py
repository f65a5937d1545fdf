import typing
import unittest

import main
from main import densest, parse_city


class TestCity(unittest.TestCase):
    def test_city_is_a_named_tuple(self) -> None:
        city = getattr(main, "City", None)
        self.assertIsNotNone(city, "main.py should define a class City")
        assert city is not None
        self.assertTrue(issubclass(city, tuple),
                        "City should be a named tuple: class City(NamedTuple)")
        self.assertEqual(getattr(city, "_fields", None),
                         ("name", "population", "area"),
                         "City's fields should be name, population and area, "
                         "in that order")
        self.assertEqual(typing.get_type_hints(city),
                         {"name": str, "population": int, "area": float},
                         "give each field of City its type hint: name: str, "
                         "population: int, area: float")

    def test_parse_city(self) -> None:
        city = parse_city("Oslo;709000;454")
        self.assertIsInstance(city, main.City,
                              "parse_city should return a City")
        self.assertEqual(city.name, "Oslo")
        self.assertEqual(city.population, 709000)
        self.assertEqual(city.area, 454.0)
        other = parse_city(" Reykjavik ;139875;273.5")
        self.assertEqual(tuple(other), ("Reykjavik", 139875, 273.5),
                         "parse_city(' Reykjavik ;139875;273.5') should give "
                         "('Reykjavik', 139875, 273.5): strip the name")

    def test_cannot_change(self) -> None:
        city = parse_city("Lima;9750000;2672.3")
        with self.assertRaises(AttributeError,
                               msg="a City should not be changeable"):
            city.population = 1  # type: ignore[misc]

    def test_densest(self) -> None:
        oslo = parse_city("Oslo;709000;454")
        paris = parse_city("Paris;2102650;105.4")
        lima = parse_city("Lima;9750000;2672.3")
        self.assertEqual(densest([oslo, paris]), paris)
        self.assertEqual(densest([oslo, lima]), lima,
                         "Lima has about 3649 people per km², Oslo 1562")
        self.assertEqual(densest([oslo]), oslo)
        self.assertIsInstance(densest([lima, oslo, paris]), main.City)
        self.assertEqual(densest([lima, oslo, paris]).name, "Paris")

    def test_densest_of_none(self) -> None:
        with self.assertRaises(ValueError,
                               msg="densest([]) should raise ValueError: "
                                   "there is no city to return"):
            densest([])


if __name__ == "__main__":
    unittest.main()
