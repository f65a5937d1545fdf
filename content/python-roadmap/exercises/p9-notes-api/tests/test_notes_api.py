import json
import threading
import unittest
from http.server import ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import notes_api


class Quiet(notes_api.NotesHandler):
    def log_message(self, format, *args):
        pass


class NotesApiTests(unittest.TestCase):
    def setUp(self):
        notes_api.NOTES.clear()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()

    def call(self, method, path, body=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = Request(self.base + path, method=method, data=data)
        try:
            with urlopen(request, timeout=5) as r:
                text = r.read()
                return r.status, json.loads(text) if text else None
        except HTTPError as e:
            text = e.read()
            return e.code, json.loads(text) if text else None

    def test_create_and_list(self):
        self.assertEqual(self.call("POST", "/notes", {"text": " Buy milk "}), (201, {"id": 1, "text": "Buy milk"}))
        self.assertEqual(self.call("POST", "/notes", {"text": "Call Bo"}), (201, {"id": 2, "text": "Call Bo"}))
        self.assertEqual(self.call("GET", "/notes"),
                         (200, [{"id": 1, "text": "Buy milk"}, {"id": 2, "text": "Call Bo"}]))

    def test_empty_list(self):
        self.assertEqual(self.call("GET", "/notes"), (200, []))

    def test_one_note(self):
        self.call("POST", "/notes", {"text": "x"})
        self.assertEqual(self.call("GET", "/notes/1"), (200, {"id": 1, "text": "x"}))
        self.assertEqual(self.call("GET", "/notes/9"), (404, {"error": "no such note"}))

    def test_bad_bodies(self):
        self.assertEqual(self.call("POST", "/notes", raw=b"{not json"), (400, {"error": "body is not JSON"}))
        for body in ({}, {"text": 5}, {"text": "   "}, ["text"]):
            self.assertEqual(self.call("POST", "/notes", body), (400, {"error": "text must be a non-empty string"}),
                             f"POST {body!r}")

    def test_delete(self):
        self.call("POST", "/notes", {"text": "x"})
        self.assertEqual(self.call("DELETE", "/notes/1"), (204, None), "DELETE answers 204 with no body")
        self.assertEqual(self.call("GET", "/notes/1")[0], 404)
        self.assertEqual(self.call("DELETE", "/notes/1"), (404, {"error": "no such note"}))

    def test_unknown_path(self):
        self.assertEqual(self.call("GET", "/users"), (404, {"error": "not found"}))


if __name__ == "__main__":
    unittest.main()
