import socket
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import client


class Fake(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        routes = {
            "/list": (200, b'[1, 2, 3]'),
            "/user": (200, b'{"name": "Ada", "age": 36}'),
            "/html": (200, b"<h1>hello</h1>"),
            "/missing": (404, b'{"error": "no"}'),
            "/broken": (500, b"oops"),
        }
        if self.path == "/slow":
            time.sleep(2)
            status, body = 200, b"[]"
        else:
            status, body = routes.get(self.path, (404, b"{}"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass


class ClientTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
        cls.server.daemon_threads = True
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base = f"http://127.0.0.1:{cls.server.server_address[1]}"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_json(self):
        self.assertEqual(client.fetch_json(self.base + "/user"), {"name": "Ada", "age": 36})
        self.assertEqual(client.fetch_json(self.base + "/list"), [1, 2, 3])

    def test_http_errors(self):
        for path, code in (("/missing", 404), ("/broken", 500)):
            with self.assertRaises(client.FetchError, msg=f"{path} answers {code}") as ctx:
                client.fetch_json(self.base + path)
            self.assertEqual(str(ctx.exception), f"HTTP {code}")

    def test_not_json(self):
        with self.assertRaises(client.FetchError) as ctx:
            client.fetch_json(self.base + "/html")
        self.assertEqual(str(ctx.exception), "not JSON")

    def test_cannot_reach(self):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()   # nobody listens on this port now
        url = f"http://127.0.0.1:{port}/"
        with self.assertRaises(client.FetchError) as ctx:
            client.fetch_json(url, timeout=2)
        self.assertEqual(str(ctx.exception), "cannot reach " + url)

    def test_timeout(self):
        url = self.base + "/slow"
        with self.assertRaises(client.FetchError, msg="Pass the timeout on to urlopen") as ctx:
            client.fetch_json(url, timeout=0.5)
        self.assertEqual(str(ctx.exception), "cannot reach " + url,
                         "A timeout also means the server cannot be reached")

    def test_count_items(self):
        self.assertEqual(client.count_items(self.base + "/list"), 3)
        self.assertEqual(client.count_items(self.base + "/missing"), -1)


if __name__ == "__main__":
    unittest.main()
