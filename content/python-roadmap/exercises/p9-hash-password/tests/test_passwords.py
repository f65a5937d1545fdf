import re
import unittest

from passwords import hash_password, verify_password

# Made with salt bytes(range(16)) and n=2**14, r=8, p=1, dklen=32.
KNOWN = "000102030405060708090a0b0c0d0e0f$25b376840366f4d3b0e21e414476676e3cd0e89af4430356a234ce0b65a021b5"


class PasswordTests(unittest.TestCase):
    def test_not_the_password(self):
        stored = hash_password("correct horse")
        self.assertNotIn("correct horse", stored, "The stored value must not contain the password itself")

    def test_format(self):
        stored = hash_password("correct horse")
        self.assertRegex(stored, r"^[0-9a-f]{32}\$[0-9a-f]{64}$",
                         "hash_password returns SALT$HASH: 16 salt bytes and 32 hash bytes, both as hex")

    def test_salted(self):
        first, second = hash_password("same"), hash_password("same")
        self.assertNotEqual(first, second,
                            "Hashing the same password twice must differ: make a new salt with secrets.token_bytes(16) each time")

    def test_verify_own_hash(self):
        stored = hash_password("correct horse")
        self.assertTrue(verify_password("correct horse", stored), "The right password must verify")
        self.assertFalse(verify_password("wrong horse", stored), "A wrong password must not verify")
        self.assertFalse(verify_password("", stored), "An empty password must not verify")

    def test_known_value(self):
        self.assertTrue(verify_password("correct horse", KNOWN),
                        "verify_password must read the salt from the stored value and use scrypt with n=2**14, r=8, p=1, dklen=32")
        self.assertFalse(verify_password("Correct horse", KNOWN), "Passwords are case-sensitive")

    def test_unicode(self):
        stored = hash_password("pässwörd ✓")
        self.assertTrue(verify_password("pässwörd ✓", stored), "Encode the password with .encode(\"utf-8\")")


if __name__ == "__main__":
    unittest.main()
