import io
import os
import unittest
from contextlib import redirect_stderr, redirect_stdout
from unittest.mock import patch

import app

USAGE = "Usage: python3 app.py version | check | help"


def run(argv, env=None):
    out, err = io.StringIO(), io.StringIO()
    with patch.dict(os.environ, env or {}, clear=True), redirect_stdout(out), redirect_stderr(err):
        status = app.main(argv)
    return status, out.getvalue(), err.getvalue()


class CommandTests(unittest.TestCase):
    def test_version(self):
        self.assertEqual(run(["version"]), (0, "notes-app 1.2.0\n", ""))

    def test_help(self):
        self.assertEqual(run(["help"]), (0, USAGE + "\n", ""), "help prints the usage to stdout and returns 0")

    def test_no_command(self):
        self.assertEqual(run([]), (2, "", USAGE + "\n"), "No command: the usage goes to stderr, and main returns 2")

    def test_unknown_command(self):
        self.assertEqual(run(["fly"]), (2, "", "Unknown command: fly\n" + USAGE + "\n"))


class CheckTests(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(run(["check"]), (0, "config ok: port 8000, log level INFO\n", ""))

    def test_set(self):
        self.assertEqual(run(["check"], {"APP_PORT": "9000", "LOG_LEVEL": "debug"}),
                         (0, "config ok: port 9000, log level DEBUG\n", ""))

    def test_bad_port(self):
        for text in ("abc", "0", "70000"):
            with self.subTest(APP_PORT=text):
                status, out, err = run(["check"], {"APP_PORT": text})
                self.assertEqual((status, out), (1, ""), "A wrong setting: nothing on stdout, and main returns 1")
                self.assertEqual(err, f"Error: APP_PORT must be a whole number from 1 to 65535, not {text!r}\n")

    def test_bad_level(self):
        status, out, err = run(["check"], {"LOG_LEVEL": "loud"})
        self.assertEqual((status, out), (1, ""))
        self.assertEqual(err, "Error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, not 'LOUD'\n")


if __name__ == "__main__":
    unittest.main()
