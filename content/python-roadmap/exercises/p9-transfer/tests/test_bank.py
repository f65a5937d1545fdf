import unittest

import bank


class TransferTests(unittest.TestCase):
    def setUp(self):
        self.conn = bank.open_bank()

    def balances(self):
        return bank.balance(self.conn, "ada"), bank.balance(self.conn, "bob")

    def test_ok(self):
        bank.transfer(self.conn, "ada", "bob", 1_500)
        self.assertEqual(self.balances(), (8_500, 4_000))
        self.assertFalse(self.conn.in_transaction, "The transfer must be committed")

    def test_everything(self):
        bank.transfer(self.conn, "bob", "ada", 2_500)
        self.assertEqual(self.balances(), (12_500, 0), "Going down to exactly 0 is allowed")

    def test_not_enough(self):
        with self.assertRaises(ValueError):
            bank.transfer(self.conn, "bob", "ada", 2_501)
        self.assertEqual(self.balances(), (10_000, 2_500), "A failed transfer must change nothing (roll back)")

    def test_bad_amount(self):
        for amount in (0, -100):
            with self.assertRaises(ValueError, msg=f"amount {amount}"):
                bank.transfer(self.conn, "ada", "bob", amount)
        self.assertEqual(self.balances(), (10_000, 2_500))

    def test_unknown_receiver(self):
        with self.assertRaises(KeyError):
            bank.transfer(self.conn, "ada", "zoe", 100)
        self.assertEqual(self.balances(), (10_000, 2_500),
                         "The money taken from ada must come back: raise inside `with conn:`")

    def test_unknown_sender(self):
        with self.assertRaises(KeyError):
            bank.transfer(self.conn, "zoe", "ada", 100)
        self.assertEqual(self.balances(), (10_000, 2_500))


if __name__ == "__main__":
    unittest.main()
