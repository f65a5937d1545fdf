import io
import os
import unittest
from contextlib import redirect_stderr, redirect_stdout
from unittest.mock import patch

import config


def load(env):
    with patch.dict(os.environ, env, clear=True):
        return config.load_config()


class DefaultsTests(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(load({}), config.Config("127.0.0.1", 8000, False, "app.db"),
                         "With no APP_ variables set, use the defaults (use os.environ.get with a default)")

    def test_read_when_called(self):
        self.assertEqual(load({"APP_PORT": "9000"}).port, 9000,
                         "Read os.environ inside load_config, when it is called, not when the module is imported")

    def test_all_set(self):
        env = {"APP_HOST": "0.0.0.0", "APP_PORT": "443", "APP_DEBUG": "yes", "APP_DATABASE": "/data/app.db"}
        self.assertEqual(load(env), config.Config("0.0.0.0", 443, True, "/data/app.db"))


class PortTests(unittest.TestCase):
    def test_bad_ports(self):
        for text in ("abc", "80.5", "0", "65536", "-1", ""):
            with self.subTest(APP_PORT=text):
                with self.assertRaises(config.ConfigError, msg=f"APP_PORT={text!r} must raise ConfigError") as caught:
                    load({"APP_PORT": text})
                self.assertIn("APP_PORT", str(caught.exception), "The message names the variable")
                self.assertIn(repr(text), str(caught.exception), "The message shows the wrong value, like 'abc'")

    def test_edges(self):
        self.assertEqual(load({"APP_PORT": "1"}).port, 1)
        self.assertEqual(load({"APP_PORT": "65535"}).port, 65535)


class DebugTests(unittest.TestCase):
    def test_true_words(self):
        for text in ("1", "true", "TRUE", "Yes"):
            with self.subTest(APP_DEBUG=text):
                self.assertIs(load({"APP_DEBUG": text}).debug, True)

    def test_false_words(self):
        for text in ("0", "false", "No", ""):
            with self.subTest(APP_DEBUG=text):
                self.assertIs(load({"APP_DEBUG": text}).debug, False,
                              "bool(\"0\") and bool(\"false\") are True in Python: compare with the words")

    def test_other_words(self):
        with self.assertRaises(config.ConfigError) as caught:
            load({"APP_DEBUG": "maybe"})
        self.assertIn("APP_DEBUG", str(caught.exception))


class DatabaseTests(unittest.TestCase):
    def test_empty(self):
        with self.assertRaises(config.ConfigError) as caught:
            load({"APP_DATABASE": "  "})
        self.assertIn("APP_DATABASE", str(caught.exception))


class MainTests(unittest.TestCase):
    def test_main_fails_clearly(self):
        out, err = io.StringIO(), io.StringIO()
        with patch.dict(os.environ, {"APP_PORT": "abc"}, clear=True), redirect_stdout(out), redirect_stderr(err):
            status = config.main([])
        self.assertEqual(status, 1, "main returns 1 when the configuration is wrong")
        self.assertTrue(err.getvalue().startswith("Error: APP_PORT"), "The error goes to stderr, starting with 'Error: '")

    def test_main_one_setting(self):
        out = io.StringIO()
        with patch.dict(os.environ, {"APP_PORT": "9000"}, clear=True), redirect_stdout(out):
            status = config.main(["port"])
        self.assertEqual((status, out.getvalue()), (0, "port=9000\n"),
                         "python3 config.py port shows the port read from APP_PORT")


if __name__ == "__main__":
    unittest.main()
