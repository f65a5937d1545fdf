import json
import os
import tempfile
import unittest
from storage import load_tasks, save_tasks


class TestStorage(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.path = os.path.join(self.dir.name, "todo.json")

    def test_missing_file(self):
        self.assertEqual(load_tasks(self.path), [], "load_tasks returns [] when there is no file yet")

    def test_round_trip(self):
        tasks = [{"text": "a", "done": True}, {"text": "b", "done": False}]
        save_tasks(self.path, tasks)
        self.assertEqual(load_tasks(self.path), tasks)

    def test_is_json(self):
        save_tasks(self.path, [{"text": "a", "done": False}])
        with open(self.path, encoding="utf-8") as f:
            self.assertEqual(json.load(f), [{"text": "a", "done": False}], "the file must hold the list as JSON")
