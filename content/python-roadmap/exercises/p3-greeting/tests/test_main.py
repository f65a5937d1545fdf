import io
import unittest
from contextlib import redirect_stdout
from main import greeting


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
