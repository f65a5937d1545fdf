import unittest

from main import welcome


class TestWelcome(unittest.TestCase):
    def test_both_changes_kept(self):
        self.assertEqual(welcome("Ada"), "Hello, Ada, welcome!",
                         "keep the polite `Hello, ` of `polite` and the `, welcome!` of `main`")

    def test_another_name(self):
        self.assertEqual(welcome("Grace"), "Hello, Grace, welcome!")
