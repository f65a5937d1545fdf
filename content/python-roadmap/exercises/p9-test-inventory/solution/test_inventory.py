# Tests for inventory.py. Run them with F5.
import unittest

from inventory import Inventory


class InventoryTests(unittest.TestCase):
    def setUp(self) -> None:
        self.inventory = Inventory()
        self.inventory.add("apple", 3)

    def test_add_a_new_item(self) -> None:
        self.inventory.add("pear", 2)
        self.assertEqual(self.inventory.count("pear"), 2)

    def test_add_more_of_an_item(self) -> None:
        self.inventory.add("apple", 2)
        self.assertEqual(self.inventory.count("apple"), 5)

    def test_add_nothing_is_an_error(self) -> None:
        with self.assertRaises(ValueError):
            self.inventory.add("pear", 0)

    def test_remove_some(self) -> None:
        self.inventory.remove("apple", 1)
        self.assertEqual(self.inventory.count("apple"), 2)

    def test_remove_too_many_is_an_error(self) -> None:
        with self.assertRaises(ValueError):
            self.inventory.remove("apple", 4)
        self.assertEqual(self.inventory.count("apple"), 3)

    def test_remove_all_takes_it_out_of_stock(self) -> None:
        self.inventory.remove("apple", 3)
        self.assertEqual(self.inventory.items(), [])

    def test_count_of_an_unknown_item(self) -> None:
        self.assertEqual(self.inventory.count("kiwi"), 0)

    def test_items_are_sorted(self) -> None:
        self.inventory.add("pear", 1)
        self.inventory.add("banana", 1)
        self.assertEqual(self.inventory.items(), ["apple", "banana", "pear"])


if __name__ == "__main__":
    unittest.main()
