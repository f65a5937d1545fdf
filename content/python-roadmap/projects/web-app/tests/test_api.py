import json
import os
import tempfile
import threading
import unittest
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import app
from storage import Storage


class ApiTests(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.server = app.BookmarksServer(("127.0.0.1", 0), Storage(os.path.join(folder.name, "test.db")))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def call(self, method, path, body=None, raw=None, token=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        headers = {"Authorization": "Bearer " + token} if token else {}
        request = Request(self.base + path, method=method, data=data, headers=headers)
        try:
            with urlopen(request, timeout=5) as r:
                text = r.read()
                return r.status, json.loads(text) if text else None
        except HTTPError as e:
            text = e.read()
            self.last_headers = e.headers
            return e.code, json.loads(text) if text else None

    def account(self, username="ada", password="correct horse"):
        self.assertEqual(self.call("POST", "/users", {"username": username, "password": password}),
                         (201, {"username": username}), "POST /users creates an account")
        status, data = self.call("POST", "/login", {"username": username, "password": password})
        self.assertEqual(status, 200, "POST /login with the right password answers 200")
        return data["token"]

    def test_sign_up_rules(self):
        bad_name = (400, {"error": "username must be 3-30 lowercase letters, digits or _"})
        for body in ({"username": "al", "password": "long enough"}, {"username": "Ada", "password": "long enough"},
                     {"username": "a b c", "password": "long enough"}, {"password": "long enough"}, []):
            self.assertEqual(self.call("POST", "/users", body), bad_name, f"POST /users {body!r}")
        self.assertEqual(self.call("POST", "/users", {"username": "ada", "password": "short"}),
                         (400, {"error": "password must be at least 8 characters"}))
        self.account()
        self.assertEqual(self.call("POST", "/users", {"username": "ada", "password": "another one"}),
                         (409, {"error": "username taken"}))

    def test_login(self):
        self.account()
        wrong = (401, {"error": "wrong username or password"})
        self.assertEqual(self.call("POST", "/login", {"username": "ada", "password": "wrong horse"}), wrong)
        self.assertEqual(self.call("POST", "/login", {"username": "zoe", "password": "correct horse"}), wrong,
                         "An unknown user gets the same answer as a wrong password")
        self.assertEqual(self.call("POST", "/login", {"username": "ada"}),
                         (400, {"error": "username and password are required"}))
        self.assertEqual(self.call("POST", "/login", raw=b"{nope"), (400, {"error": "body is not JSON"}))

    def test_failed_login_is_logged(self):
        self.account()
        with self.assertLogs("app", level="WARNING") as logs:
            self.call("POST", "/login", {"username": "ada", "password": "wrong horse"})
        self.assertTrue(any("ada" in line for line in logs.output), "Log a WARNING with the username on a failed login")
        self.assertFalse(any("wrong horse" in line for line in logs.output), "Never log a password")

    def test_bookmarks(self):
        ada = self.account()
        bo = self.account("bo_2", "battery staple")
        self.assertEqual(self.call("GET", "/bookmarks", token=ada), (200, []))
        self.assertEqual(self.call("POST", "/bookmarks", {"url": "https://python.org", "title": " Python "}, token=ada),
                         (201, {"id": 1, "url": "https://python.org", "title": "Python"}))
        self.call("POST", "/bookmarks", {"url": "http://sqlite.org", "title": "SQLite"}, token=bo)
        self.assertEqual(self.call("GET", "/bookmarks", token=ada),
                         (200, [{"id": 1, "url": "https://python.org", "title": "Python"}]),
                         "Each user sees only their own bookmarks")

    def test_bookmark_rules(self):
        ada = self.account()
        bad_url = (400, {"error": "url must start with http:// or https://"})
        for url in ("python.org", "javascript:alert(1)", 5, "https://" + "x" * 2000):
            self.assertEqual(self.call("POST", "/bookmarks", {"url": url, "title": "T"}, token=ada), bad_url,
                             f"url {str(url)[:30]!r}")
        bad_title = (400, {"error": "title must be 1 to 200 characters"})
        for title in ("", "   ", None, "x" * 201):
            self.assertEqual(self.call("POST", "/bookmarks", {"url": "https://a.org", "title": title}, token=ada),
                             bad_title, f"title {str(title)[:30]!r}")
        self.assertEqual(self.call("POST", "/bookmarks", raw=b"[", token=ada), (400, {"error": "body is not JSON"}))

    def test_login_required(self):
        for method, path in (("GET", "/bookmarks"), ("POST", "/bookmarks"), ("DELETE", "/bookmarks/1"), ("POST", "/logout")):
            for token in (None, "made-up"):
                with self.subTest(request=f"{method} {path}", token=token):
                    self.last_headers = None
                    body = {"url": "https://a.org", "title": "T"} if method == "POST" else None
                    self.assertEqual(self.call(method, path, body, token=token), (401, {"error": "login required"}))
                    self.assertEqual(self.last_headers.get("WWW-Authenticate"), "Bearer",
                                     "A 401 also sends WWW-Authenticate: Bearer")

    def test_expired_token(self):
        ada = self.account()
        self.server.sessions[ada] = ("ada", 0.0)
        self.assertEqual(self.call("GET", "/bookmarks", token=ada)[0], 401, "An expired token must not work")

    def test_delete(self):
        ada = self.account()
        bo = self.account("bo_2", "battery staple")
        self.call("POST", "/bookmarks", {"url": "https://python.org", "title": "Python"}, token=ada)
        self.assertEqual(self.call("DELETE", "/bookmarks/1", token=bo), (404, {"error": "no such bookmark"}),
                         "Nobody can delete another user's bookmark")
        self.assertEqual(self.call("DELETE", "/bookmarks/1", token=ada), (204, None))
        self.assertEqual(self.call("DELETE", "/bookmarks/1", token=ada), (404, {"error": "no such bookmark"}))
        self.assertEqual(self.call("GET", "/bookmarks", token=ada), (200, []))

    def test_logout(self):
        ada = self.account()
        self.assertEqual(self.call("POST", "/logout", token=ada), (204, None))
        self.assertEqual(self.call("GET", "/bookmarks", token=ada)[0], 401, "After logout the token no longer works")

    def test_unknown_paths(self):
        self.assertEqual(self.call("GET", "/"), (404, {"error": "not found"}))
        self.assertEqual(self.call("POST", "/bookmark", {}), (404, {"error": "not found"}))
        self.assertEqual(self.call("DELETE", "/users/1"), (404, {"error": "not found"}))


if __name__ == "__main__":
    unittest.main()
