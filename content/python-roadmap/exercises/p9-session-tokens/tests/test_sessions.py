import unittest

from sessions import SESSION_SECONDS, create_session, end_session, user_for_token


class SessionTests(unittest.TestCase):
    def setUp(self):
        self.sessions = {}

    def test_token_looks_random(self):
        token = create_session(self.sessions, "ada", 1000.0)
        self.assertGreaterEqual(len(token), 43, "secrets.token_urlsafe(32) gives 43 characters; this token is too short to be safe")
        self.assertRegex(token, r"^[A-Za-z0-9_-]+$", "A URL-safe token has only letters, digits, - and _")

    def test_tokens_unique(self):
        tokens = {create_session(self.sessions, "ada", 1000.0) for _ in range(200)}
        self.assertEqual(len(tokens), 200, "Every login must get a new, different token")
        self.assertEqual(len(self.sessions), 200)

    def test_stored_with_expiry(self):
        token = create_session(self.sessions, "ada", 1000.0)
        self.assertEqual(self.sessions[token], ("ada", 1000.0 + SESSION_SECONDS),
                         "Store (username, now + SESSION_SECONDS) under the token")

    def test_valid_token(self):
        token = create_session(self.sessions, "ada", 1000.0)
        self.assertEqual(user_for_token(self.sessions, token, 1000.0), "ada")
        self.assertEqual(user_for_token(self.sessions, token, 1000.0 + SESSION_SECONDS - 1), "ada",
                         "A token is still valid one second before it expires")

    def test_expired_token(self):
        token = create_session(self.sessions, "ada", 1000.0)
        self.assertIsNone(user_for_token(self.sessions, token, 1000.0 + SESSION_SECONDS),
                          "At now == expires_at the token has expired: valid only while now < expires_at")
        self.assertNotIn(token, self.sessions, "Delete an expired token from sessions")

    def test_unknown_token(self):
        create_session(self.sessions, "ada", 1000.0)
        self.assertIsNone(user_for_token(self.sessions, "made-up", 1000.0))

    def test_end_session(self):
        token = create_session(self.sessions, "ada", 1000.0)
        other = create_session(self.sessions, "bo", 1000.0)
        end_session(self.sessions, token)
        self.assertIsNone(user_for_token(self.sessions, token, 1000.0), "After end_session the token no longer works")
        self.assertEqual(user_for_token(self.sessions, other, 1000.0), "bo", "end_session ends only that one session")
        end_session(self.sessions, "made-up")


if __name__ == "__main__":
    unittest.main()
