import unittest

from login_api import bearer_token


class BearerTokenTests(unittest.TestCase):
    def test_token(self):
        self.assertEqual(bearer_token("Bearer abc123"), "abc123")

    def test_not_bearer(self):
        for header in (None, "", "Bearer ", "Bearer    ", "Basic abc123", "abc123", "bearerabc"):
            with self.subTest(header=header):
                self.assertIsNone(bearer_token(header), f"bearer_token({header!r}) should be None")


if __name__ == "__main__":
    unittest.main()
