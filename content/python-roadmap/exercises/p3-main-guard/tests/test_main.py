import io
import sys
import unittest
from contextlib import redirect_stdout

out = io.StringIO()
sys.stdin = io.StringIO("")
with redirect_stdout(out):
    try:
        import main
    except EOFError:
        raise AssertionError("Importing main.py ran input(): put the program part in main() under if __name__ == \"__main__\":") from None
sys.stdin = sys.__stdin__


class TestImport(unittest.TestCase):
    def test_silent_import(self):
        self.assertEqual(out.getvalue(), "", "importing main.py should not print anything")

    def test_greeting(self):
        self.assertEqual(main.greeting("Grace"), "Hello, Grace!")
