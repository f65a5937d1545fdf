import unittest

from signup import validate_signup


class SignupTests(unittest.TestCase):
    def assertError(self, body, message):
        self.assertEqual(validate_signup(body), (400, {"error": message}), f"for the body {body!r}")

    def test_good(self):
        self.assertEqual(validate_signup({"username": "  Ada_L ", "age": 36}),
                         (201, {"username": "ada_l", "age": 36}))

    def test_not_an_object(self):
        for body in ([1, 2], "hi", None, 3):
            self.assertError(body, "body must be a JSON object")

    def test_username(self):
        self.assertError({"age": 20}, "username must be a string")
        self.assertError({"username": 42, "age": 20}, "username must be a string")
        self.assertError({"username": " ab ", "age": 20}, "username must be 3 to 20 characters")
        self.assertError({"username": "a" * 21, "age": 20}, "username must be 3 to 20 characters")
        self.assertError({"username": "ada lovelace", "age": 20}, "username may only use letters, digits and _")
        self.assertError({"username": "ada;--", "age": 20}, "username may only use letters, digits and _")

    def test_age(self):
        self.assertError({"username": "ada"}, "age must be a whole number")
        self.assertError({"username": "ada", "age": "36"}, "age must be a whole number")
        self.assertError({"username": "ada", "age": 36.5}, "age must be a whole number")
        self.assertError({"username": "ada", "age": True}, "age must be a whole number")
        self.assertError({"username": "ada", "age": 12}, "age must be from 13 to 130")
        self.assertError({"username": "ada", "age": 131}, "age must be from 13 to 130")

    def test_first_problem_wins(self):
        self.assertError({"username": "x", "age": "old"}, "username must be 3 to 20 characters")


if __name__ == "__main__":
    unittest.main()
