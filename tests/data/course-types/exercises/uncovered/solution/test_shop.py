import unittest

import shop


class TestShop(unittest.TestCase):
    def test_price(self) -> None:
        self.assertEqual(shop.price(2), 4)
