# A small JSON API over a dict of stock.
import json
from typing import Any


def error(status: int, message: str) -> tuple[int, str]:
    return (status, json.dumps({"error": message}))


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def item(self, name: str) -> dict[str, Any]:
        return {"name": name, "qty": self.stock[name]}

    def handle(self, method: str, path: str, body: str) -> tuple[int, str]:
        parts = path.strip("/").split("/")
        if parts[0] != "items" or len(parts) > 2 or (len(parts) == 2 and not parts[1]):
            return error(404, "not found")
        if len(parts) == 1:
            if method == "GET":
                return (200, json.dumps([self.item(name) for name in sorted(self.stock)]))
            if method == "POST":
                return self.create(body)
            return error(405, "method not allowed")
        name = parts[1]
        if method not in ("GET", "PATCH"):
            return error(405, "method not allowed")
        if name not in self.stock:
            return error(404, f"no item {name}")
        if method == "GET":
            return (200, json.dumps(self.item(name)))
        return self.change(name, body)

    def read_object(self, body: str) -> dict[str, Any] | None:
        try:
            data = json.loads(body)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def create(self, body: str) -> tuple[int, str]:
        data = self.read_object(body)
        if data is None:
            return error(400, "the body must be a JSON object")
        name = data.get("name")
        qty = data.get("qty")
        if not isinstance(name, str) or not name:
            return error(400, "name must be a non-empty string")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 0:
            return error(400, "qty must be a whole number, 0 or more")
        if name in self.stock:
            return error(409, f"{name} exists already")
        self.stock[name] = qty
        return (201, json.dumps(self.item(name)))

    def change(self, name: str, body: str) -> tuple[int, str]:
        data = self.read_object(body)
        if data is None:
            return error(400, "the body must be a JSON object")
        change = data.get("change")
        if not isinstance(change, int) or isinstance(change, bool):
            return error(400, "change must be a whole number")
        if self.stock[name] + change < 0:
            return error(400, f"only {self.stock[name]} {name} in stock")
        self.stock[name] += change
        return (200, json.dumps(self.item(name)))


if __name__ == "__main__":
    shop = Inventory()
    print(shop.handle("POST", "/items", '{"name": "tea", "qty": 5}'))
    print(shop.handle("PATCH", "/items/tea", '{"change": -7}'))
    print(shop.handle("GET", "/items", ""))
    print(shop.handle("DELETE", "/items/tea", ""))
