import re
import unittest

import main

USERNAME_ERROR = "Username: 3 to 20 letters or digits."
TAKEN_ERROR = "That username is taken."
AGE_ERROR = "Age: a whole number from 13 to 120."


class SignupTests(unittest.TestCase):
    def setUp(self):
        main.USERS.clear()
        self.client = main.app.test_client()

    def post(self, username, age):
        response = self.client.post("/signup", data={"username": username, "age": age})
        return response, response.get_data(as_text=True)

    def errors(self, page):
        return re.findall(r'<p class="error">\s*(.*?)\s*</p>', page)

    def test_empty_form(self):
        response = self.client.get("/signup")
        page = response.get_data(as_text=True)
        self.assertEqual(response.status_code, 200, "GET /signup should answer 200")
        self.assertIn('<form method="post">', page, "The page holds the form")
        self.assertIn('name="username"', page, "The form has an input named username")
        self.assertIn('name="age"', page, "The form has an input named age")
        self.assertEqual(self.errors(page), [], "An empty form shows no errors")

    def test_good_signup_redirects(self):
        for username, age, stored in ((" ada ", "36", "ada"), ("Bo42", " 13 ", "Bo42"),
                                      ("x" * 20, "120", "x" * 20), ("Kim", "57", "Kim")):
            response, _ = self.post(username, age)
            self.assertEqual(response.status_code, 303,
                             f"Signing up {username!r}, age {age!r} should answer 303 See Other, "
                             "the redirect after a successful POST: redirect(..., code=303)")
            location = response.headers.get("Location", "")
            self.assertTrue(location.endswith(f"/welcome/{stored}"),
                            f"After signing up {username!r} the redirect goes to "
                            f"/welcome/{stored}, not {location!r}")
            self.assertEqual(main.USERS.get(stored), int(age),
                             f"After signing up {username!r}, age {age!r}, USERS[{stored!r}] "
                             f"should be {int(age)} (spaces taken off, the age as an int)")
        self.assertEqual(len(main.USERS), 4, "Each good sign-up adds one member")

    def test_welcome(self):
        self.post("ada", "36")
        response = self.client.get("/welcome/ada")
        self.assertEqual(response.status_code, 200, "GET /welcome/ada (a member) answers 200")
        self.assertIn("<h1>Welcome, ada!</h1>", response.get_data(as_text=True))
        response = self.client.post("/signup", data={"username": "Bob", "age": "20"},
                                    follow_redirects=True)
        self.assertIn("<h1>Welcome, Bob!</h1>", response.get_data(as_text=True),
                      "Following the redirect after signing up Bob leads to his welcome page")
        response = self.client.get("/welcome/nobody")
        self.assertEqual((response.status_code, response.get_data(as_text=True)),
                         (404, "No such member"),
                         "GET /welcome/nobody (not a member) answers 404 and 'No such member'")

    def test_bad_username(self):
        for username in ("ab", "", "   ", "x" * 21, "ada lovelace", "ada!", "a-b-c"):
            response, page = self.post(username, "30")
            self.assertEqual(response.status_code, 400,
                             f"The username {username!r} is not allowed: answer 400 with the form")
            self.assertEqual(self.errors(page), [USERNAME_ERROR],
                             f"For the username {username!r} the page shows exactly "
                             f'<p class="error">{USERNAME_ERROR}</p>')
        self.assertEqual(main.USERS, {}, "A refused sign-up adds nobody to USERS")

    def test_bad_age(self):
        for age in ("12", "121", "0", "abc", "", "-5", "30.5", "1e2"):
            response, page = self.post("carol", age)
            self.assertEqual(response.status_code, 400,
                             f"The age {age!r} is not allowed: answer 400 with the form")
            self.assertEqual(self.errors(page), [AGE_ERROR],
                             f"For the age {age!r} the page shows exactly "
                             f'<p class="error">{AGE_ERROR}</p>')
        self.assertEqual(main.USERS, {}, "A refused sign-up adds nobody to USERS")

    def test_taken_and_both_errors(self):
        self.post("ada", "36")
        response, page = self.post(" ada", "40")
        self.assertEqual(response.status_code, 400, "A second 'ada' is refused with 400")
        self.assertEqual(self.errors(page), [TAKEN_ERROR],
                         "Signing up 'ada' twice shows 'That username is taken.'")
        self.assertEqual(main.USERS, {"ada": 36}, "The first ada keeps her age")
        response, page = self.post("ada", "9")
        self.assertEqual(self.errors(page), [TAKEN_ERROR, AGE_ERROR],
                         "When the username and the age are both wrong, both errors show, "
                         "the username's first")
        response, page = self.post("a!", "old")
        self.assertEqual(self.errors(page), [USERNAME_ERROR, AGE_ERROR],
                         "When the username and the age are both wrong, both errors show, "
                         "the username's first")

    def test_typed_values_come_back_escaped(self):
        response, page = self.post(" ab ", "99")
        self.assertRegex(page, r'name="username"[^>]*value="ab"|value="ab"[^>]*name="username"',
                         "After an error, the username input shows what was typed "
                         '(value="{{ username }}"), spaces taken off')
        self.assertRegex(page, r'name="age"[^>]*value="99"|value="99"[^>]*name="age"',
                         "After an error, the age input shows what was typed")
        response, page = self.post('<b>x</b>"', "20")
        self.assertNotIn("<b>x</b>", page,
                         "What a visitor typed must come back as text, never as HTML: "
                         "let the template escape it")
        self.assertRegex(page, r'value="&lt;b&gt;x&lt;/b&gt;(&#34;|&quot;)"',
                         "The username <b>x</b>\" comes back escaped, quote included, so it "
                         "cannot break out of value=\"...\"")


if __name__ == "__main__":
    unittest.main()
