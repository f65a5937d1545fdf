import json
import os
import sqlite3
import tempfile
import unittest
from unittest import mock

import main


class SettingsTests(unittest.TestCase):
    def port_with(self, value):
        env = {} if value is None else {"PORT": value}
        with mock.patch.dict(os.environ, env, clear=False):
            if value is None:
                os.environ.pop("PORT", None)
            return main.load_port()

    def test_port_default(self):
        self.assertEqual(self.port_with(None), 8000,
                         "With no PORT variable, load_port() should return 8000")

    def test_port_from_environment(self):
        for text, number in (("5000", 5000), ("1", 1), ("65535", 65535), (" 8080 ", 8080)):
            self.assertEqual(self.port_with(text), number,
                             f"With PORT={text!r}, load_port() should return {number}")

    def test_bad_port(self):
        for text in ("abc", "", "0", "65536", "-80", "80.5"):
            with self.assertRaises(ValueError,
                                   msg=f"With PORT={text!r}, load_port() should raise "
                                       "ValueError: it is not a port from 1 to 65535"):
                self.port_with(text)

    def path_with(self, value):
        with mock.patch.dict(os.environ, {}, clear=False):
            os.environ.pop("DATABASE_PATH", None)
            if value is not None:
                os.environ["DATABASE_PATH"] = value
            return main.database_path()

    def test_path_default_and_set(self):
        self.assertEqual(self.path_with(None), "app.db",
                         "With no DATABASE_PATH variable, database_path() should return 'app.db'")
        self.assertEqual(self.path_with("/data/shop.db"), "/data/shop.db",
                         "database_path() should return the DATABASE_PATH variable's value")

    def test_empty_path(self):
        for text in ("", "   "):
            with self.assertRaises(ValueError,
                                   msg=f"With DATABASE_PATH={text!r}, database_path() should "
                                       "raise ValueError: an empty path is a mistake in the "
                                       "settings, not a file name"):
                self.path_with(text)


class HealthTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.client = main.app.test_client()

    def health(self, path):
        with mock.patch.dict(os.environ, {"DATABASE_PATH": path}):
            response = self.client.get("/healthz")
        text = response.get_data(as_text=True)
        if response.status_code == 500:
            self.fail("GET /healthz answered 500 Internal Server Error: your function stopped "
                      "with an error. Catch sqlite3.Error and answer 503 instead")
        try:
            body = json.loads(text)
        except ValueError:
            self.fail(f"GET /healthz answered with a body that is not JSON: {text[:200]!r}. "
                      "Make the answer with jsonify(...)")
        return response.status_code, body

    def test_ok(self):
        path = os.path.join(self.folder.name, "shop.db")
        self.assertEqual(self.health(path), (200, {"status": "ok"}),
                         "When the database opens, GET /healthz should answer 200 and "
                         "{'status': 'ok'}")

    def test_reads_path_on_each_request(self):
        path = os.path.join(self.folder.name, "other.db")
        with mock.patch.object(sqlite3, "connect", wraps=sqlite3.connect) as connect:
            self.health(path)
        self.assertTrue(connect.called,
                        "GET /healthz should open the database with sqlite3.connect(...)")
        self.assertEqual(connect.call_args[0][0], path,
                         "GET /healthz should open the database at DATABASE_PATH, read when "
                         "the request comes, not once at start-up")

    def test_unavailable(self):
        for path in (os.path.join(self.folder.name, "missing", "shop.db"), self.folder.name):
            self.assertEqual(self.health(path), (503, {"status": "unavailable"}),
                             f"When the database at {path!r} cannot be opened, GET /healthz "
                             "should answer 503 and {'status': 'unavailable'}")

    def test_empty_path_is_unavailable(self):
        self.assertEqual(self.health(""), (503, {"status": "unavailable"}),
                         "With an empty DATABASE_PATH the app cannot work: GET /healthz "
                         "should answer 503 and {'status': 'unavailable'}")


if __name__ == "__main__":
    unittest.main()
