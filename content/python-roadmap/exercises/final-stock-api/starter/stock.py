# A small JSON API over a dict of stock.
import json


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def handle(self, method: str, path: str, body: str) -> tuple[int, str]:
        # Split the path, then decide by method. Every answer is JSON.
        return (404, json.dumps({"error": "not found"}))


if __name__ == "__main__":
    shop = Inventory()
    print(shop.handle("POST", "/items", '{"name": "tea", "qty": 5}'))
    print(shop.handle("PATCH", "/items/tea", '{"change": -7}'))
    print(shop.handle("GET", "/items", ""))
    print(shop.handle("DELETE", "/items/tea", ""))
