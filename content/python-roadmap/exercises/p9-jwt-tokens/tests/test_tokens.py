import base64
import json
import time
import unittest

import jwt

from tokens import TOKEN_SECONDS, issue_token, verify_token

SECRET = "test secret: long, random and kept on the server"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def with_payload(token, changes):
    """The token with its middle part (the payload) changed, and the old signature kept."""
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    return ".".join([header, b64(json.dumps(claims).encode()), signature])


class TokenTests(unittest.TestCase):
    def test_payload(self):
        now = 1_700_000_000.5
        token = issue_token(SECRET, "ada", now)
        self.assertIsInstance(token, str, "issue_token returns the token as a str (jwt.encode gives one)")
        self.assertEqual(token.count("."), 2, "A JWT has three parts, header.payload.signature: use jwt.encode")
        claims = jwt.decode(token, options={"verify_signature": False})
        self.assertEqual(claims.get("sub"), "ada", "Put the username in the claim \"sub\" (the subject)")
        self.assertEqual(claims.get("exp"), int(now) + TOKEN_SECONDS,
                         "The claim \"exp\" is when the token expires: int(now) + TOKEN_SECONDS")
        self.assertEqual(claims.get("iat"), int(now), "The claim \"iat\" is when it was issued: int(now)")
        header = jwt.get_unverified_header(token)
        self.assertEqual(header.get("alg"), "HS256", "Sign with algorithm=\"HS256\"")

    def test_a_fresh_token_is_accepted(self):
        for name in ["ada", "bo", "grace_h"]:
            token = issue_token(SECRET, name, time.time())
            self.assertEqual(verify_token(SECRET, token), name,
                             "A fresh token signed with the right secret gives back its username")

    def test_still_valid_just_before_it_expires(self):
        token = issue_token(SECRET, "ada", time.time() - TOKEN_SECONDS + 20)
        self.assertEqual(verify_token(SECRET, token), "ada",
                         "A token 20 seconds before its expiry is still valid")

    def test_an_expired_token_is_refused(self):
        for age in [TOKEN_SECONDS + 5, 2 * 3600, 30 * 24 * 3600]:
            token = issue_token(SECRET, "ada", time.time() - age)
            self.assertIsNone(verify_token(SECRET, token),
                              f"A token issued {age} seconds ago has expired: verify_token must return None. "
                              "Put \"exp\" in the payload; jwt.decode checks it and raises ExpiredSignatureError")

    def test_a_tampered_token_is_refused(self):
        token = issue_token(SECRET, "bo", time.time())
        forged = with_payload(token, {"sub": "admin"})
        self.assertIsNone(verify_token(SECRET, forged),
                          "Someone changed the username inside the token: its signature no longer matches, "
                          "so verify_token must return None. Verify the signature with the secret in jwt.decode")
        longer = with_payload(token, {"exp": int(time.time()) + 10 * 365 * 24 * 3600})
        self.assertIsNone(verify_token(SECRET, longer),
                          "Someone moved the expiry ten years on: the signature must catch that too")

    def test_another_secret_is_refused(self):
        token = issue_token("someone else's secret", "ada", time.time())
        self.assertIsNone(verify_token(SECRET, token),
                          "A token signed with another secret was not made by us: return None")

    def test_unsigned_token_is_refused(self):
        claims = {"sub": "admin", "exp": int(time.time()) + 600}
        unsigned = ".".join([b64(json.dumps({"alg": "none", "typ": "JWT"}).encode()),
                             b64(json.dumps(claims).encode()), ""])
        self.assertIsNone(verify_token(SECRET, unsigned),
                          "A token with \"alg\": \"none\" has no signature at all: accept only "
                          "algorithms=[\"HS256\"] in jwt.decode")

    def test_a_token_without_expiry_is_refused(self):
        forever = jwt.encode({"sub": "ada"}, SECRET, algorithm="HS256")
        self.assertIsNone(verify_token(SECRET, forever),
                          "A token without \"exp\" would be valid forever: require it, with "
                          "options={\"require\": [\"sub\", \"exp\"]} in jwt.decode")

    def test_garbage_is_refused(self):
        for text in ["", "not a token", "a.b.c"]:
            self.assertIsNone(verify_token(SECRET, text),
                              f"verify_token({text!r}) must return None, not raise: catch jwt.InvalidTokenError")


if __name__ == "__main__":
    unittest.main()
