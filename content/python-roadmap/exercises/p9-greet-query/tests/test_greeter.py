import threading
import unittest
from http.server import ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from greeter import GreetHandler


class Quiet(GreetHandler):
    def log_message(self, format, *args):
        pass


class GreeterTests(unittest.TestCase):
    def setUp(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()

    def get(self, path):
        try:
            with urlopen(self.base + path, timeout=5) as r:
                return r.status, r.read().decode("utf-8")
        except HTTPError as e:
            return e.code, e.read().decode("utf-8")

    def test_name(self):
        self.assertEqual(self.get("/greet?name=Ada"), (200, "Hello, Ada!"))

    def test_decoded(self):
        self.assertEqual(self.get("/greet?name=Ada%20Lovelace"), (200, "Hello, Ada Lovelace!"),
                         "parse_qs decodes %20 into a space")

    def test_times(self):
        self.assertEqual(self.get("/greet?name=Bo&times=3"), (200, "Hello, Bo! Hello, Bo! Hello, Bo!"))

    def test_missing_name(self):
        self.assertEqual(self.get("/greet"), (400, "Missing name"))

    def test_bad_times(self):
        for bad in ("many", "0", "11", "-2"):
            self.assertEqual(self.get(f"/greet?name=Bo&times={bad}"),
                             (400, "times must be a whole number from 1 to 10"), f"times={bad}")

    def test_other_path(self):
        self.assertEqual(self.get("/hello?name=Ada"), (404, "Not found"))


if __name__ == "__main__":
    unittest.main()
