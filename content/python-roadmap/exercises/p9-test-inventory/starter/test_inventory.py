# Tests for inventory.py. Run them with F5.
import unittest

from inventory import Inventory

INVENTORY = Inventory()  # one object shared by every test: this is the bug


class InventoryTests(unittest.TestCase):
    def test_add(self) -> None:
        INVENTORY.add("apple", 3)
        self.assertEqual(INVENTORY.count("apple"), 3)

    def test_add_more(self) -> None:
        INVENTORY.add("apple", 2)
        self.assertEqual(INVENTORY.count("apple"), 5)


if __name__ == "__main__":
    unittest.main()
