import unittest

from main import BankAccount


class TestBankAccount(unittest.TestCase):
    def test_new_account(self):
        acc = BankAccount("Ada")
        self.assertEqual(acc.owner, "Ada")
        self.assertEqual(acc.balance, 0.0, "the balance starts at 0.0 when none is given")
        self.assertEqual(BankAccount("Bo", 5.0).balance, 5.0)

    def test_negative_start_refused(self):
        with self.assertRaises(ValueError, msg="BankAccount('X', -1.0) should raise ValueError"):
            BankAccount("X", -1.0)

    def test_deposit(self):
        acc = BankAccount("Ada", 10.0)
        acc.deposit(5.5)
        self.assertAlmostEqual(acc.balance, 15.5)
        with self.assertRaises(ValueError, msg="deposit(0) should raise ValueError"):
            acc.deposit(0)
        with self.assertRaises(ValueError, msg="deposit(-3) should raise ValueError"):
            acc.deposit(-3)
        self.assertAlmostEqual(acc.balance, 15.5, msg="a refused deposit must not change the balance")

    def test_withdraw(self):
        acc = BankAccount("Ada", 10.0)
        acc.withdraw(4.0)
        self.assertAlmostEqual(acc.balance, 6.0)
        with self.assertRaises(ValueError, msg="withdrawing more than the balance should raise ValueError"):
            acc.withdraw(100.0)
        with self.assertRaises(ValueError, msg="withdraw(0) should raise ValueError"):
            acc.withdraw(0)
        self.assertAlmostEqual(acc.balance, 6.0, msg="a refused withdrawal must not change the balance")

    def test_withdraw_everything(self):
        acc = BankAccount("Ada", 10.0)
        acc.withdraw(10.0)
        self.assertAlmostEqual(acc.balance, 0.0, msg="taking out exactly the balance is allowed")

    def test_transfer(self):
        a = BankAccount("A", 50.0)
        b = BankAccount("B", 5.0)
        a.transfer_to(b, 20.0)
        self.assertAlmostEqual(a.balance, 30.0)
        self.assertAlmostEqual(b.balance, 25.0)

    def test_failed_transfer_changes_nothing(self):
        a = BankAccount("A", 10.0)
        b = BankAccount("B", 0.0)
        with self.assertRaises(ValueError):
            a.transfer_to(b, 99.0)
        self.assertAlmostEqual(a.balance, 10.0, msg="a failed transfer must leave both accounts as they were")
        self.assertAlmostEqual(b.balance, 0.0, msg="a failed transfer must leave both accounts as they were")

    def test_statement(self):
        self.assertEqual(BankAccount("Ada", 12.5).statement(), "Ada: 12.50")


if __name__ == "__main__":
    unittest.main()
