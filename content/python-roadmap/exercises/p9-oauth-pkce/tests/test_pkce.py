import base64
import hashlib
import re
import unittest

from pkce import code_challenge, make_code_verifier, make_state, state_matches

# The worked example of RFC 7636 (appendix B).
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"

URL_SAFE = re.compile(r"^[A-Za-z0-9_-]+$")


def expected_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


class VerifierTests(unittest.TestCase):
    def test_length(self):
        for _ in range(20):
            verifier = make_code_verifier()
            self.assertIsInstance(verifier, str, "make_code_verifier returns a str")
            self.assertTrue(43 <= len(verifier) <= 128,
                            f"A code_verifier has 43 to 128 characters; yours had {len(verifier)}")

    def test_url_safe(self):
        for _ in range(20):
            verifier = make_code_verifier()
            self.assertRegex(verifier, URL_SAFE,
                             "A code_verifier may hold only letters, digits, '-' and '_' (secrets.token_urlsafe gives exactly those)")

    def test_random(self):
        seen = {make_code_verifier() for _ in range(20)}
        self.assertEqual(len(seen), 20,
                         "Every login needs a NEW random code_verifier: make it with secrets, never a fixed string")


class ChallengeTests(unittest.TestCase):
    def test_rfc_example(self):
        self.assertEqual(code_challenge(RFC_VERIFIER), RFC_CHALLENGE,
                         "For the RFC 7636 example verifier the S256 challenge must be " + RFC_CHALLENGE)

    def test_no_padding(self):
        for _ in range(20):
            challenge = code_challenge(make_code_verifier())
            self.assertNotIn("=", challenge, "Strip the '=' padding from the end: .rstrip(\"=\")")
            self.assertEqual(len(challenge), 43,
                             "sha256 gives 32 bytes; in base64url without padding that is 43 characters")

    def test_url_safe_alphabet(self):
        # Plain base64 of each of these hashes holds a '+' or a '/'.
        for verifier in ["a" * 43, "b" * 64, RFC_VERIFIER[::-1], "x-y_z" * 10]:
            challenge = code_challenge(verifier)
            self.assertRegex(challenge, URL_SAFE,
                             "Use base64.urlsafe_b64encode: the challenge travels in a URL, so no '+', '/' or '='")
            self.assertEqual(challenge, expected_challenge(verifier),
                             f"code_challenge({verifier!r}) is base64url(sha256(verifier)) without padding")

    def test_not_the_verifier(self):
        verifier = make_code_verifier()
        self.assertNotEqual(code_challenge(verifier), verifier,
                            "The challenge must not be the verifier itself: that is the 'plain' method, which shows the secret")


class StateTests(unittest.TestCase):
    def test_state_random(self):
        states = {make_state() for _ in range(20)}
        self.assertEqual(len(states), 20, "make_state must return a new random value each time")
        for state in states:
            self.assertGreaterEqual(len(state), 16, "A state needs at least 16 characters to be hard to guess")
            self.assertRegex(state, URL_SAFE, "The state travels in a URL: use secrets.token_urlsafe")

    def test_round_trip(self):
        state = make_state()
        self.assertTrue(state_matches(state, state), "The state we sent, coming back unchanged, must match")

    def test_mismatch(self):
        state = make_state()
        self.assertFalse(state_matches(state, make_state()), "A different state must not match: it may be a forged login")
        self.assertFalse(state_matches(state, state[:-1]), "A shortened state must not match")
        self.assertFalse(state_matches(state, ""), "A missing state must not match")
        self.assertFalse(state_matches("", ""), "If we never sent a state, nothing may match it")
        self.assertFalse(state_matches(state, "zß€"),
                         "A state that came back with other characters must not match (and must not crash: "
                         "encode both with .encode(\"utf-8\") before hmac.compare_digest)")


if __name__ == "__main__":
    unittest.main()
