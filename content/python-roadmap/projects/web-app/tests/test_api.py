import os
import sqlite3
import tempfile
import unittest
from contextlib import closing

import app
from storage import Storage


class ApiTests(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.db_path = os.path.join(folder.name, "test.db")
        self.app = app.create_app(Storage(self.db_path), "test secret")
        self.client = self.app.test_client()

    def call(self, method, path, body=None, raw=None, token=None):
        headers = {"Authorization": "Bearer " + token} if token else {}
        if raw is not None:
            response = self.client.open(path, method=method, data=raw, headers=headers,
                                        content_type="application/json")
        else:
            response = self.client.open(path, method=method, json=body, headers=headers)
        self.last_headers = response.headers
        text = response.get_data(as_text=True)
        if not text:
            return response.status_code, None
        if response.mimetype != "application/json":
            self.fail(f"{method} {path} answered {response.status_code} with a body that is not "
                      f"JSON: {text[:150]!r}. Every answer of the API is made with jsonify "
                      "(a 500 means your code stopped with an error: see what it printed)")
        return response.status_code, response.get_json()

    def account(self, username="ada", password="correct horse"):
        self.assertEqual(self.call("POST", "/api/users", {"username": username, "password": password}),
                         (201, {"username": username}), "POST /api/users creates an account")
        status, data = self.call("POST", "/api/login", {"username": username, "password": password})
        self.assertEqual(status, 200, "POST /api/login with the right password answers 200")
        return data["token"]

    def test_sign_up_rules(self):
        bad_name = (400, {"error": "username must be 3-30 lowercase letters, digits or _"})
        for body in ({"username": "al", "password": "long enough"}, {"username": "Ada", "password": "long enough"},
                     {"username": "a b c", "password": "long enough"}, {"password": "long enough"}, []):
            self.assertEqual(self.call("POST", "/api/users", body), bad_name, f"POST /api/users {body!r}")
        self.assertEqual(self.call("POST", "/api/users", {"username": "ada", "password": "short"}),
                         (400, {"error": "password must be at least 8 characters"}))
        self.assertEqual(self.call("POST", "/api/users", raw="{nope"), (400, {"error": "body is not JSON"}))
        self.account()
        self.assertEqual(self.call("POST", "/api/users", {"username": "ada", "password": "another one"}),
                         (409, {"error": "username taken"}))

    def test_login(self):
        self.account()
        wrong = (401, {"error": "wrong username or password"})
        self.assertEqual(self.call("POST", "/api/login", {"username": "ada", "password": "wrong horse"}), wrong)
        self.assertEqual(self.call("POST", "/api/login", {"username": "zoe", "password": "correct horse"}), wrong,
                         "An unknown user gets the same answer as a wrong password")
        self.assertEqual(self.call("POST", "/api/login", {"username": "ada"}),
                         (400, {"error": "username and password are required"}))
        self.assertEqual(self.call("POST", "/api/login", raw="{nope"), (400, {"error": "body is not JSON"}))

    def test_failed_login_is_logged(self):
        self.account()
        with self.assertLogs("app", level="WARNING") as logs:
            self.call("POST", "/api/login", {"username": "ada", "password": "wrong horse"})
        self.assertTrue(any("ada" in line for line in logs.output), "Log a WARNING with the username on a failed login")
        self.assertFalse(any("wrong horse" in line for line in logs.output), "Never log a password")

    def test_passwords_are_hashed(self):
        self.account("ada", "correct horse")
        self.account("bo_2", "correct horse")
        with closing(sqlite3.connect(self.db_path)) as conn:
            rows = dict(conn.execute("SELECT username, password_hash FROM users").fetchall())
        self.assertNotIn("correct horse", " ".join(rows.values()),
                         "The database must never hold a password, only its salted hash")
        self.assertNotEqual(rows["ada"], rows["bo_2"],
                            "The same password gives two different hashes: each has its own salt")

    def test_bookmarks(self):
        ada = self.account()
        bo = self.account("bo_2", "battery staple")
        self.assertEqual(self.call("GET", "/api/bookmarks", token=ada), (200, []))
        self.assertEqual(self.call("POST", "/api/bookmarks", {"url": "https://python.org", "title": " Python "}, token=ada),
                         (201, {"id": 1, "url": "https://python.org", "title": "Python"}))
        self.call("POST", "/api/bookmarks", {"url": "http://sqlite.org", "title": "SQLite"}, token=bo)
        self.assertEqual(self.call("GET", "/api/bookmarks", token=ada),
                         (200, [{"id": 1, "url": "https://python.org", "title": "Python"}]),
                         "Each user sees only their own bookmarks")

    def test_bookmark_rules(self):
        ada = self.account()
        bad_url = (400, {"error": "url must start with http:// or https://"})
        for url in ("python.org", "javascript:alert(1)", 5, "https://" + "x" * 2000):
            self.assertEqual(self.call("POST", "/api/bookmarks", {"url": url, "title": "T"}, token=ada), bad_url,
                             f"url {str(url)[:30]!r}")
        bad_title = (400, {"error": "title must be 1 to 200 characters"})
        for title in ("", "   ", None, "x" * 201):
            self.assertEqual(self.call("POST", "/api/bookmarks", {"url": "https://a.org", "title": title}, token=ada),
                             bad_title, f"title {str(title)[:30]!r}")
        self.assertEqual(self.call("POST", "/api/bookmarks", raw="[", token=ada), (400, {"error": "body is not JSON"}))

    def test_login_required(self):
        for method, path in (("GET", "/api/bookmarks"), ("POST", "/api/bookmarks"), ("DELETE", "/api/bookmarks/1"),
                             ("POST", "/api/logout")):
            for token in (None, "made-up"):
                with self.subTest(request=f"{method} {path}", token=token):
                    body = {"url": "https://a.org", "title": "T"} if method == "POST" else None
                    self.assertEqual(self.call(method, path, body, token=token), (401, {"error": "login required"}))
                    self.assertEqual(self.last_headers.get("WWW-Authenticate"), "Bearer",
                                     "A 401 also sends WWW-Authenticate: Bearer")

    def test_expired_token(self):
        ada = self.account()
        self.app.config["TOKENS"][ada] = ("ada", 0.0)
        self.assertEqual(self.call("GET", "/api/bookmarks", token=ada)[0], 401, "An expired token must not work")

    def test_delete(self):
        ada = self.account()
        bo = self.account("bo_2", "battery staple")
        self.call("POST", "/api/bookmarks", {"url": "https://python.org", "title": "Python"}, token=ada)
        self.assertEqual(self.call("DELETE", "/api/bookmarks/1", token=bo), (404, {"error": "no such bookmark"}),
                         "Nobody can delete another user's bookmark")
        self.assertEqual(self.call("DELETE", "/api/bookmarks/1", token=ada), (204, None))
        self.assertEqual(self.call("DELETE", "/api/bookmarks/1", token=ada), (404, {"error": "no such bookmark"}))
        self.assertEqual(self.call("GET", "/api/bookmarks", token=ada), (200, []))

    def test_logout(self):
        ada = self.account()
        self.assertEqual(self.call("POST", "/api/logout", token=ada), (204, None))
        self.assertEqual(self.call("GET", "/api/bookmarks", token=ada)[0], 401, "After logout the token no longer works")

    def test_unknown_paths(self):
        self.assertEqual(self.call("GET", "/api/"), (404, {"error": "not found"}))
        self.assertEqual(self.call("POST", "/api/bookmark", {}), (404, {"error": "not found"}))
        self.assertEqual(self.call("DELETE", "/api/users/1"), (404, {"error": "not found"}))


if __name__ == "__main__":
    unittest.main()
