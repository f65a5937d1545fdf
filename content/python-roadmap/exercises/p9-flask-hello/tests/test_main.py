import unittest

import main


class FirstAppTests(unittest.TestCase):
    def setUp(self):
        self.client = main.app.test_client()

    def get(self, path):
        response = self.client.get(path)
        return response.status_code, response.get_data(as_text=True)

    def test_home(self):
        self.assertEqual(self.get("/"), (200, "Welcome to the dojo!"),
                         "GET / should answer status 200 and the text 'Welcome to the dojo!'")

    def test_square(self):
        for number in (7, 0, 12, 31, 1000):
            status, body = self.get(f"/square/{number}")
            self.assertEqual(status, 200, f"GET /square/{number} should answer 200; is there a "
                             "route '/square/<int:number>'?")
            self.assertEqual(body, f"{number} squared is {number * number}",
                             f"GET /square/{number}: the body is not right")

    def test_square_needs_a_number(self):
        for path in ("/square/seven", "/square/", "/square/2.5"):
            status, _ = self.get(path)
            self.assertEqual(status, 404, f"GET {path} should be 404 Not Found: only a whole "
                             "number matches '<int:number>', so let Flask's converter do the work")

    def test_add(self):
        for a, b in ((2, 40), (0, 0), (17, 25), (123, 877)):
            status, body = self.get(f"/add?a={a}&b={b}")
            self.assertEqual((status, body), (200, f"{a} + {b} = {a + b}"),
                             f"GET /add?a={a}&b={b} should answer 200 and '{a} + {b} = {a + b}'; "
                             "read a and b from request.args")
        status, body = self.get("/add?b=5&a=6")
        self.assertEqual(body, "6 + 5 = 11", "The order in the query does not matter: "
                         "a is whatever follows 'a='")

    def test_add_refuses_bad_numbers(self):
        for query in ("", "?a=1", "?b=1", "?a=x&b=2", "?a=2&b=", "?a=-3&b=4", "?a=2.5&b=1"):
            status, body = self.get("/add" + query)
            self.assertEqual((status, body), (400, "a and b must be whole numbers"),
                             f"GET /add{query} should answer status 400 and the text "
                             "'a and b must be whole numbers' (return a pair: text, 400)")


if __name__ == "__main__":
    unittest.main()
