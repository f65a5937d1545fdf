import os
import tempfile
import unittest
from main import load_notes, save_notes


class TestNotes(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.path = os.path.join(self.dir.name, "notes.txt")

    def test_round_trip(self):
        save_notes(self.path, ["a", "b c"])
        self.assertEqual(load_notes(self.path), ["a", "b c"])

    def test_file_format(self):
        save_notes(self.path, ["x", "y"])
        with open(self.path, encoding="utf-8") as f:
            self.assertEqual(f.read(), "x\ny\n", "one note per line, each ending with a new line")

    def test_replaces(self):
        save_notes(self.path, ["old"])
        save_notes(self.path, ["new"])
        self.assertEqual(load_notes(self.path), ["new"], "save_notes should replace the file (mode \"w\")")

    def test_missing(self):
        self.assertEqual(load_notes(os.path.join(self.dir.name, "nope.txt")), [], "a missing file gives []")
