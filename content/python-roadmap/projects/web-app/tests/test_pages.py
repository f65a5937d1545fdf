import os
import re
import tempfile
import unittest

import app
from storage import Storage


def errors(page):
    return re.findall(r'<p class="error">\s*(.*?)\s*</p>', page)


class PageTests(unittest.TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.app = app.create_app(Storage(os.path.join(folder.name, "test.db")), "test secret")
        self.client = self.app.test_client()

    def post(self, path, **fields):
        response = self.client.post(path, data=fields)
        return response, response.get_data(as_text=True)

    def redirects_to(self, response, path, what):
        self.assertEqual(response.status_code, 303, f"{what}: answer with a 303 redirect")
        self.assertEqual(response.headers.get("Location", "").split("localhost")[-1], path,
                         f"{what}: the redirect goes to {path}")

    def sign_up(self, username="ada", password="correct horse"):
        response, _ = self.post("/signup", username=username, password=password)
        self.redirects_to(response, "/", f"Signing up {username} with a good password")

    def test_home_needs_sign_in(self):
        self.redirects_to(self.client.get("/"), "/signin", "GET / for a visitor who has not signed in")
        for path in ("/signin", "/signup"):
            response = self.client.get(path)
            page = response.get_data(as_text=True)
            self.assertEqual(response.status_code, 200, f"GET {path} shows its form")
            self.assertIn('<form method="post"', page, f"GET {path} shows a form that posts")
            self.assertIn('name="username"', page)
            self.assertIn('name="password"', page)

    def test_sign_up_signs_in(self):
        self.sign_up()
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200, "After signing up, GET / shows the home page")
        page = response.get_data(as_text=True)
        self.assertIn("<h1>Bookmarks of ada</h1>", page)
        self.assertIn("No bookmarks yet.", page)

    def test_sign_up_errors(self):
        for username, password, message in (("Al", "long enough", "username must be 3-30 lowercase letters, digits or _"),
                                            ("ada", "short", "password must be at least 8 characters")):
            response, page = self.post("/signup", username=username, password=password)
            self.assertEqual(response.status_code, 400, f"Signing up {username!r}/{password!r} is refused with 400")
            self.assertEqual(errors(page), [message], "The form shows the reason as <p class=\"error\">")
        self.sign_up()
        self.client.post("/signout")
        response, page = self.post("/signup", username="ada", password="another one")
        self.assertEqual((response.status_code, errors(page)), (400, ["username taken"]))

    def test_sign_in_and_out(self):
        self.sign_up()
        response = self.client.post("/signout")
        self.redirects_to(response, "/signin", "POST /signout")
        self.redirects_to(self.client.get("/"), "/signin", "After signing out, GET /")
        response, page = self.post("/signin", username="ada", password="wrong horse")
        self.assertEqual(response.status_code, 401, "A wrong password is refused with 401")
        self.assertEqual(errors(page), ["wrong username or password"])
        self.assertIn('value="ada"', page, "The form keeps the username that was typed")
        response, _ = self.post("/signin", username="ada", password="correct horse")
        self.redirects_to(response, "/", "Signing in with the right password")
        self.assertEqual(self.client.get("/").status_code, 200, "Signed in again, GET / shows the page")

    def test_add_and_list(self):
        self.sign_up()
        response, _ = self.post("/add", url="https://python.org", title=" Python & co ")
        self.redirects_to(response, "/", "Adding a bookmark")
        page = self.client.get("/").get_data(as_text=True)
        self.assertIn('<a href="https://python.org">Python &amp; co</a>', page,
                      "The home page links each bookmark, its title escaped")
        response, page = self.post("/add", url="javascript:alert(1)", title="x")
        self.assertEqual((response.status_code, errors(page)),
                         (400, ["url must start with http:// or https://"]),
                         "A javascript: link is refused: it would run code when clicked")

    def test_titles_are_escaped(self):
        self.sign_up()
        self.post("/add", url="https://a.org", title="<script>alert(1)</script>")
        page = self.client.get("/").get_data(as_text=True)
        self.assertNotIn("<script>", page, "A title must reach the page as text, never as HTML")
        self.assertIn("&lt;script&gt;", page)

    def test_each_user_sees_their_own(self):
        self.sign_up("ada")
        self.post("/add", url="https://python.org", title="Python")
        self.client.post("/signout")
        self.sign_up("bo_2", "battery staple")
        page = self.client.get("/").get_data(as_text=True)
        self.assertNotIn("python.org", page, "Bo must not see Ada's bookmarks")

    def test_delete(self):
        self.sign_up("ada")
        self.post("/add", url="https://python.org", title="Python")
        self.client.post("/signout")
        self.sign_up("bo_2", "battery staple")
        self.client.post("/delete/1")
        self.client.post("/signout")
        self.post("/signin", username="ada", password="correct horse")
        self.assertIn("python.org", self.client.get("/").get_data(as_text=True),
                      "Nobody can delete another user's bookmark")
        response = self.client.post("/delete/1")
        self.redirects_to(response, "/", "Deleting a bookmark")
        self.assertIn("No bookmarks yet.", self.client.get("/").get_data(as_text=True))


if __name__ == "__main__":
    unittest.main()
