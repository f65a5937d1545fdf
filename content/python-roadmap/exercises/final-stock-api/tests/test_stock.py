import json
import unittest

from stock import Inventory


class StockApiTests(unittest.TestCase):
    def call(self, shop, method, path, body=""):
        result = shop.handle(method, path, body)
        self.assertIsInstance(result, tuple, "handle returns a tuple (status, json_text)")
        status, text = result
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            self.fail(f"{method} {path}: the answer {text!r} is not JSON; build it with json.dumps")
        return status, data

    def assert_error(self, shop, method, path, body, status, why):
        got, data = self.call(shop, method, path, body)
        self.assertEqual(got, status, f"{method} {path} {body!r}: expected status {status} ({why})")
        self.assertIsInstance(data, dict, f"{method} {path}: an error answer is a JSON object")
        self.assertIn("error", data, f"{method} {path}: an error answer has a key \"error\" saying what went wrong")

    def stocked(self):
        shop = Inventory()
        for name, qty in [("tea", 5), ("cocoa", 0), ("biscuits", 12)]:
            status, _ = self.call(shop, "POST", "/items", json.dumps({"name": name, "qty": qty}))
            self.assertEqual(status, 201, f"POST /items for {name} must answer 201 Created")
        return shop

    def test_example(self):
        shop = Inventory()
        self.assertEqual(self.call(shop, "POST", "/items", '{"name": "tea", "qty": 5}'), (201, {"name": "tea", "qty": 5}))
        self.assert_error(shop, "PATCH", "/items/tea", '{"change": -7}', 400, "only 5 tea in stock")
        self.assertEqual(self.call(shop, "GET", "/items"), (200, [{"name": "tea", "qty": 5}]),
                         "A refused change must leave the quantity as it was")
        self.assert_error(shop, "DELETE", "/items/tea", "", 405, "DELETE is not supported")

    def test_list_sorted(self):
        shop = self.stocked()
        self.assertEqual(self.call(shop, "GET", "/items"),
                         (200, [{"name": "biscuits", "qty": 12}, {"name": "cocoa", "qty": 0}, {"name": "tea", "qty": 5}]),
                         "GET /items lists every item, sorted by name")
        self.assertEqual(self.call(Inventory(), "GET", "/items"), (200, []), "An empty shop lists []")

    def test_get_one(self):
        shop = self.stocked()
        self.assertEqual(self.call(shop, "GET", "/items/cocoa"), (200, {"name": "cocoa", "qty": 0}))
        self.assert_error(shop, "GET", "/items/coffee", "", 404, "there is no coffee")

    def test_bad_posts(self):
        shop = self.stocked()
        bad = {
            "not JSON": "name=tea",
            "a JSON list, not an object": '["tea", 5]',
            "a missing name": '{"qty": 5}',
            "an empty name": '{"name": "", "qty": 5}',
            "a name that is a number": '{"name": 7, "qty": 5}',
            "a negative qty": '{"name": "jam", "qty": -1}',
            "a qty with decimals": '{"name": "jam", "qty": 2.5}',
            "a qty given as text": '{"name": "jam", "qty": "5"}',
            "a qty of true (bool is a kind of int in Python, but not a quantity)": '{"name": "jam", "qty": true}',
        }
        for what, body in bad.items():
            self.assert_error(shop, "POST", "/items", body, 400, what)
        self.assertEqual(self.call(shop, "GET", "/items/jam")[0], 404, "A refused POST must store nothing")

    def test_conflict(self):
        shop = self.stocked()
        self.assert_error(shop, "POST", "/items", '{"name": "tea", "qty": 1}', 409, "tea exists already")
        self.assertEqual(self.call(shop, "GET", "/items/tea"), (200, {"name": "tea", "qty": 5}),
                         "A refused POST must not change the existing item")

    def test_patch(self):
        shop = self.stocked()
        self.assertEqual(self.call(shop, "PATCH", "/items/tea", '{"change": 3}'), (200, {"name": "tea", "qty": 8}))
        self.assertEqual(self.call(shop, "PATCH", "/items/tea", '{"change": -8}'), (200, {"name": "tea", "qty": 0}),
                         "Taking every last one is allowed: the quantity may reach 0")
        self.assert_error(shop, "PATCH", "/items/tea", '{"change": -1}', 400, "the quantity would drop below 0")
        self.assert_error(shop, "PATCH", "/items/coffee", '{"change": 1}', 404, "there is no coffee")
        self.assert_error(shop, "PATCH", "/items/tea", '{"change": "1"}', 400, "change must be a whole number")
        self.assert_error(shop, "PATCH", "/items/tea", '{"change": false}', 400, "false is not a number here")
        self.assert_error(shop, "PATCH", "/items/tea", "more please", 400, "the body is not JSON")
        self.assertEqual(self.call(shop, "GET", "/items/tea"), (200, {"name": "tea", "qty": 0}))

    def test_paths_and_methods(self):
        shop = self.stocked()
        self.assert_error(shop, "GET", "/orders", "", 404, "there is no /orders")
        self.assert_error(shop, "GET", "/items/tea/price", "", 404, "the path is too long")
        self.assert_error(shop, "PUT", "/items", "", 405, "PUT is not supported on /items")
        self.assert_error(shop, "POST", "/items/tea", '{"qty": 1}', 405, "POST goes to /items, not to one item")


if __name__ == "__main__":
    unittest.main()
