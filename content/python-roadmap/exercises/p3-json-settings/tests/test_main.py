import json
import os
import tempfile
import unittest
from main import load_settings, save_settings


class TestSettings(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.path = os.path.join(self.dir.name, "settings.json")

    def test_defaults(self):
        self.assertEqual(load_settings(self.path), {"theme": "light", "font_size": 12},
                         "with no file, load_settings returns the defaults")

    def test_round_trip(self):
        save_settings(self.path, {"theme": "dark", "font_size": 20})
        self.assertEqual(load_settings(self.path), {"theme": "dark", "font_size": 20})

    def test_real_json(self):
        save_settings(self.path, {"theme": "dark"})
        with open(self.path, encoding="utf-8") as f:
            self.assertEqual(json.load(f), {"theme": "dark"}, "the file must hold JSON")

    def test_defaults_not_shared(self):
        first = load_settings(self.path)
        first["theme"] = "changed"
        self.assertEqual(load_settings(self.path)["theme"], "light", "changing loaded settings must not change the defaults")
