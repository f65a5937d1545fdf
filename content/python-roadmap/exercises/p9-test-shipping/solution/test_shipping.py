# Tests for shipping.py. Run them with F5.
import unittest

from shipping import shipping_cost


class ShippingCostTests(unittest.TestCase):
    def test_light_parcel(self) -> None:
        self.assertEqual(shipping_cost(1.0), 4.90)

    def test_exactly_two_kg_is_still_light(self) -> None:
        self.assertEqual(shipping_cost(2.0), 4.90)

    def test_just_over_two_kg(self) -> None:
        self.assertEqual(shipping_cost(2.1), 9.90)

    def test_exactly_ten_kg(self) -> None:
        self.assertEqual(shipping_cost(10.0), 9.90)

    def test_a_started_kilogram_counts(self) -> None:
        self.assertEqual(shipping_cost(10.5), 10.90)

    def test_heavy_parcel(self) -> None:
        self.assertEqual(shipping_cost(12.0), 11.90)

    def test_express_doubles(self) -> None:
        self.assertEqual(shipping_cost(1.0, express=True), 9.80)
        self.assertEqual(shipping_cost(5.0, express=True), 19.80)

    def test_zero_weight_is_an_error(self) -> None:
        with self.assertRaises(ValueError):
            shipping_cost(0)

    def test_negative_weight_is_an_error(self) -> None:
        with self.assertRaises(ValueError):
            shipping_cost(-3.0)


if __name__ == "__main__":
    unittest.main()
