import threading
import unittest
from http.server import ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from server import HelloHandler


class Quiet(HelloHandler):
    def log_message(self, format, *args):
        pass


class ServerTests(unittest.TestCase):
    def setUp(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()

    def get(self, path):
        try:
            with urlopen(self.base + path, timeout=5) as r:
                return r.status, r.headers, r.read().decode("utf-8")
        except HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8")

    def test_home(self):
        status, headers, body = self.get("/")
        self.assertEqual(status, 200, "GET / should answer 200")
        self.assertEqual(body, "Hello, web!", "GET / should answer 'Hello, web!'")

    def test_about(self):
        status, _, body = self.get("/about")
        self.assertEqual(status, 200)
        self.assertEqual(body, "A server written with http.server.")

    def test_not_found(self):
        status, _, body = self.get("/nope")
        self.assertEqual(status, 404, "Unknown paths answer 404")
        self.assertEqual(body, "Not found: /nope")

    def test_headers(self):
        _, headers, body = self.get("/")
        self.assertEqual(headers.get("Content-Type"), "text/plain; charset=utf-8")
        self.assertEqual(headers.get("Content-Length"), str(len(body.encode("utf-8"))),
                         "Content-Length is the number of BYTES in the body")


if __name__ == "__main__":
    unittest.main()
