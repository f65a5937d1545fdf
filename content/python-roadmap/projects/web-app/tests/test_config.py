import io
import os
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from unittest.mock import patch

import app
import config


def load(env):
    with patch.dict(os.environ, env, clear=True):
        return config.load_config()


class ConfigTests(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(load({}), config.Config("127.0.0.1", 8000, "bookmarks.db", "INFO"))

    def test_set(self):
        env = {"APP_HOST": "0.0.0.0", "APP_PORT": "9000", "APP_DATABASE": "/data/b.db", "LOG_LEVEL": "debug"}
        self.assertEqual(load(env), config.Config("0.0.0.0", 9000, "/data/b.db", "DEBUG"))

    def test_errors(self):
        for env in ({"APP_PORT": "abc"}, {"APP_PORT": "0"}, {"APP_PORT": "70000"}, {"LOG_LEVEL": "loud"},
                    {"APP_DATABASE": " "}):
            with self.subTest(env=env):
                with self.assertRaises(config.ConfigError) as caught:
                    load(env)
                self.assertIn(next(iter(env)), str(caught.exception), "The message names the variable")


class MainTests(unittest.TestCase):
    def run_main(self, argv, env):
        out, err = io.StringIO(), io.StringIO()
        with patch.dict(os.environ, env, clear=True), redirect_stdout(out), redirect_stderr(err):
            status = app.main(argv)
        return status, out.getvalue(), err.getvalue()

    def test_init_db(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "b.db")
            self.assertEqual(self.run_main(["init-db"], {"APP_DATABASE": path}), (0, f"database ready: {path}\n", ""))
            self.assertTrue(os.path.exists(path), "init-db creates the database file")

    def test_bad_config(self):
        status, out, err = self.run_main(["init-db"], {"APP_PORT": "abc"})
        self.assertEqual(status, 1, "A wrong setting: main returns 1")
        self.assertTrue(err.startswith("Error: APP_PORT"), "The error goes to stderr, starting with 'Error: '")

    def test_usage(self):
        status, out, err = self.run_main(["fly"], {})
        self.assertEqual((status, out), (2, ""))
        self.assertIn("Usage:", err)


if __name__ == "__main__":
    unittest.main()
