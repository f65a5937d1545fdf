# The stock of a small shop. Your job: test this, in test_inventory.py.


class Inventory:
    def __init__(self) -> None:
        self._stock: dict[str, int] = {}

    def add(self, item: str, quantity: int) -> None:
        """Add quantity (1 or more) of item; raise ValueError for 0 or less."""
        if quantity <= 0:
            raise ValueError(f"can only add 1 or more, not {quantity}")
        self._stock[item] = self._stock.get(item, 0) + quantity

    def remove(self, item: str, quantity: int) -> None:
        """Take quantity of item out; raise ValueError if there are not that many.

        An item whose count reaches 0 is no longer in stock."""
        have = self._stock.get(item, 0)
        if quantity > have:
            raise ValueError(f"only {have} of {item} in stock")
        if quantity == have:
            del self._stock[item]
        else:
            self._stock[item] = have - quantity

    def count(self, item: str) -> int:
        """How many of item are in stock: 0 for an item we never had."""
        return self._stock.get(item, 0)

    def items(self) -> list[str]:
        """The names of the items in stock, sorted."""
        return sorted(self._stock)
