import unittest

import auth


class PasswordTests(unittest.TestCase):
    def test_hash_and_verify(self):
        stored = auth.hash_password("correct horse")
        self.assertNotIn("correct horse", stored, "Never store the password itself")
        self.assertRegex(stored, r"^[0-9a-f]{32}\$[0-9a-f]{64}$", "hash_password returns SALT$HASH in hex")
        self.assertNotEqual(stored, auth.hash_password("correct horse"), "A new random salt every time")
        self.assertTrue(auth.verify_password("correct horse", stored))
        self.assertFalse(auth.verify_password("wrong horse", stored))


class SessionTests(unittest.TestCase):
    def test_sessions(self):
        sessions = {}
        token = auth.create_session(sessions, "ada", 1000.0)
        self.assertGreaterEqual(len(token), 43, "Use secrets.token_urlsafe(32)")
        self.assertEqual(auth.user_for_token(sessions, token, 1000.0 + auth.SESSION_SECONDS - 1), "ada")
        self.assertIsNone(auth.user_for_token(sessions, token, 1000.0 + auth.SESSION_SECONDS),
                          "A token is valid only while now < expires_at")
        self.assertNotIn(token, sessions, "An expired token is deleted")

    def test_end_session(self):
        sessions = {}
        token = auth.create_session(sessions, "ada", 1000.0)
        auth.end_session(sessions, token)
        auth.end_session(sessions, token)
        self.assertIsNone(auth.user_for_token(sessions, token, 1000.0))

    def test_bearer_token(self):
        self.assertEqual(auth.bearer_token("Bearer abc"), "abc")
        for header in (None, "", "Bearer ", "Basic abc"):
            self.assertIsNone(auth.bearer_token(header), f"bearer_token({header!r})")


if __name__ == "__main__":
    unittest.main()
