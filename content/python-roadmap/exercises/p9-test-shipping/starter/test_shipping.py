# Tests for shipping.py. Run them with F5.
import unittest

from shipping import shipping_cost


class ShippingCostTests(unittest.TestCase):
    def test_light_parcel(self) -> None:
        self.assertEqual(shipping_cost(1.0), 4.90)

    # Add your tests here: the boundaries, heavy parcels, express, bad weights.


if __name__ == "__main__":
    unittest.main()
