import unittest

import main

HTTPS = {"X-Forwarded-Proto": "https"}
HSTS = "max-age=31536000; includeSubDomains"


class RedirectTests(unittest.TestCase):
    def setUp(self):
        self.client = main.app.test_client()

    def test_http_is_redirected(self):
        for path in ["/", "/me", "/me?page=2&sort=name"]:
            response = self.client.get(path)
            self.assertEqual(response.status_code, 301,
                             f"GET {path} over plain http (no X-Forwarded-Proto: https) must answer "
                             "301 Moved Permanently")
            self.assertEqual(response.headers.get("Location"), "https://localhost" + path,
                             f"The redirect for {path} must lead to the same address with https://, "
                             "query string included")

    def test_forwarded_http_is_redirected(self):
        response = self.client.get("/", headers={"X-Forwarded-Proto": "http"})
        self.assertEqual(response.status_code, 301,
                         "X-Forwarded-Proto: http means the browser used plain http: redirect")

    def test_post_over_http_is_not_served(self):
        response = self.client.post("/login", json={"name": "ada"})
        self.assertEqual(response.status_code, 301,
                         "A POST over plain http must be redirected too, before the view runs")
        self.assertNotIn("Set-Cookie", response.headers,
                         "Nothing may log in over plain http: redirect before the view runs (before_request)")

    def test_https_is_served(self):
        response = self.client.get("/", headers=HTTPS)
        self.assertEqual(response.status_code, 200,
                         "With X-Forwarded-Proto: https the proxy already used TLS: serve the page")
        self.assertEqual(response.get_data(as_text=True), "Welcome to the club",
                         "Over https, the views answer as before")


class HeaderTests(unittest.TestCase):
    def setUp(self):
        self.client = main.app.test_client()

    def test_hsts(self):
        for path in ["/", "/me"]:
            response = self.client.get(path, headers=HTTPS)
            self.assertEqual(response.headers.get("Strict-Transport-Security"), HSTS,
                             f"GET {path} over https must send Strict-Transport-Security: {HSTS}")

    def test_hsts_on_errors_too(self):
        response = self.client.get("/no-such-page", headers=HTTPS)
        self.assertEqual(response.headers.get("Strict-Transport-Security"), HSTS,
                         "Every answer over https carries the HSTS header, a 404 too: add it in after_request")


class CookieTests(unittest.TestCase):
    def test_config(self):
        config = main.app.config
        self.assertIs(config["SESSION_COOKIE_SECURE"], True,
                      "Set SESSION_COOKIE_SECURE to True: the browser then sends the cookie only over https")
        self.assertIs(config["SESSION_COOKIE_HTTPONLY"], True,
                      "Set SESSION_COOKIE_HTTPONLY to True: JavaScript in the page cannot read the cookie")
        self.assertEqual(config["SESSION_COOKIE_SAMESITE"], "Lax",
                         "Set SESSION_COOKIE_SAMESITE to \"Lax\": other sites' forms do not get the cookie")

    def test_cookie_flags_and_login(self):
        client = main.app.test_client()
        response = client.post("/login", json={"name": "ada"}, headers=HTTPS, base_url="https://localhost")
        self.assertEqual(response.status_code, 200, "POST /login over https must still log in")
        cookie = response.headers.get("Set-Cookie", "")
        for flag in ["Secure", "HttpOnly", "SameSite=Lax"]:
            self.assertIn(flag, cookie, f"The session cookie must carry {flag}; it was: {cookie}")
        me = client.get("/me", headers=HTTPS, base_url="https://localhost")
        self.assertEqual(me.get_json(), {"user": "ada"}, "After the login, GET /me over https knows the user")


if __name__ == "__main__":
    unittest.main()
