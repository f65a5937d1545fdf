import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads two names when it is imported: give it two.
sys.stdin = io.StringIO("Ada\nGrace\n")
with redirect_stdout(io.StringIO()):
    from main import greeting
sys.stdin = sys.__stdin__


class TestGreeting(unittest.TestCase):
    def test_ada(self):
        with redirect_stdout(io.StringIO()):
            result = greeting("Ada")
        self.assertIsNotNone(result, "greeting('Ada') returned None: did you print instead of return?")
        self.assertEqual(result, "Hello, Ada!")

    def test_no_print(self):
        out = io.StringIO()
        with redirect_stdout(out):
            greeting("Bob")
        self.assertEqual(out.getvalue(), "", "greeting() should return the text, not print it")
