import json
import threading
import unittest
from http.server import ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import login_api


class Quiet(login_api.LoginHandler):
    def log_message(self, format, *args):
        pass


class LoginApiTests(unittest.TestCase):
    def setUp(self):
        login_api.SESSIONS.clear()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()

    def call(self, method, path, body=None, raw=None, token=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        headers = {"Authorization": "Bearer " + token} if token else {}
        request = Request(self.base + path, method=method, data=data, headers=headers)
        try:
            with urlopen(request, timeout=5) as r:
                text = r.read()
                return r.status, json.loads(text) if text else None, r.headers
        except HTTPError as e:
            text = e.read()
            return e.code, json.loads(text) if text else None, e.headers

    def login(self, username="ada", password="correct horse"):
        status, data, _ = self.call("POST", "/login", {"username": username, "password": password})
        self.assertEqual(status, 200, "POST /login with the right password answers 200")
        return data["token"]

    def assert_login_required(self, answer, what):
        status, data, headers = answer
        self.assertEqual((status, data), (401, {"error": "login required"}), what)
        self.assertEqual(headers.get("WWW-Authenticate"), "Bearer", f"{what}: a 401 also sends WWW-Authenticate: Bearer")

    def test_login_and_me(self):
        token = self.login()
        self.assertGreaterEqual(len(token), 43)
        self.assertEqual(self.call("GET", "/me", token=token)[:2], (200, {"username": "ada"}))
        other = self.login("bo", "battery staple")
        self.assertEqual(self.call("GET", "/me", token=other)[:2], (200, {"username": "bo"}),
                         "Each token belongs to the user who logged in")

    def test_wrong_password_and_unknown_user(self):
        wrong = {"error": "wrong username or password"}
        self.assertEqual(self.call("POST", "/login", {"username": "ada", "password": "Correct horse"})[:2], (401, wrong))
        self.assertEqual(self.call("POST", "/login", {"username": "zoe", "password": "correct horse"})[:2], (401, wrong),
                         "An unknown user gets the same answer as a wrong password")
        self.assertEqual(login_api.SESSIONS, {}, "A failed login must not create a session")

    def test_bad_bodies(self):
        self.assertEqual(self.call("POST", "/login", raw=b"{oops")[:2], (400, {"error": "body is not JSON"}))
        required = {"error": "username and password are required"}
        for body in ({}, {"username": "ada"}, {"username": "ada", "password": 5}, ["ada"]):
            self.assertEqual(self.call("POST", "/login", body)[:2], (400, required), f"POST /login {body!r}")

    def test_me_needs_token(self):
        self.assert_login_required(self.call("GET", "/me"), "GET /me without a token")
        self.assert_login_required(self.call("GET", "/me", token="made-up"), "GET /me with an unknown token")

    def test_expired_token(self):
        token = self.login()
        login_api.SESSIONS[token] = ("ada", 0.0)
        self.assert_login_required(self.call("GET", "/me", token=token), "GET /me with an expired token")

    def test_logout(self):
        token = self.login()
        status, data, _ = self.call("POST", "/logout", token=token)
        self.assertEqual((status, data), (204, None), "POST /logout answers 204 with no body")
        self.assert_login_required(self.call("GET", "/me", token=token), "GET /me after logging out")
        self.assert_login_required(self.call("POST", "/logout", token=token), "POST /logout with a token that no longer works")

    def test_unknown_path(self):
        self.assertEqual(self.call("GET", "/users")[:2], (404, {"error": "not found"}))
        self.assertEqual(self.call("POST", "/users", {})[:2], (404, {"error": "not found"}))


if __name__ == "__main__":
    unittest.main()
