import json
import os
import tempfile
import unittest

from main import averages, load_marks, save_averages


class TestGrades(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def test_load(self):
        data = {"Ada": [18, 15, 20], "Bo": [12, 9]}
        with open(self.path("m.json"), "w", encoding="utf-8") as f:
            json.dump(data, f)
        self.assertEqual(load_marks(self.path("m.json")), data, "load_marks should return the dict stored in the file")

    def test_load_other(self):
        data = {"Cy": []}
        with open(self.path("n.json"), "w", encoding="utf-8") as f:
            json.dump(data, f)
        self.assertEqual(load_marks(self.path("n.json")), data, "load_marks must read the file it is given")

    def test_averages(self):
        result = averages({"Ada": [18, 15, 20], "Bo": [12, 9]})
        self.assertEqual(sorted(result), ["Ada", "Bo"], "the averages dict should have the same names as keys")
        self.assertAlmostEqual(result["Ada"], 17.7, msg="Ada's average is (18 + 15 + 20) / 3, rounded to 1 decimal: 17.7")
        self.assertAlmostEqual(result["Bo"], 10.5, msg="Bo's average is (12 + 9) / 2 = 10.5")

    def test_more_averages(self):
        result = averages({"Di": [7], "Ed": [1, 2, 2]})
        self.assertAlmostEqual(result["Di"], 7.0, msg="one mark of 7 has the average 7.0")
        self.assertAlmostEqual(result["Ed"], 1.7, msg="(1 + 2 + 2) / 3 is 1.666..., rounded to 1 decimal: 1.7")

    def test_empty_marks(self):
        self.assertEqual(averages({"Cy": []}), {"Cy": 0.0}, "a name with no marks gets 0.0, not a ZeroDivisionError")
        self.assertEqual(averages({}), {}, "no names at all gives an empty dict")

    def test_does_not_change_input(self):
        marks = {"Ada": [18, 15, 20]}
        averages(marks)
        self.assertEqual(marks, {"Ada": [18, 15, 20]}, "averages must build a new dict and leave the one it was given alone")

    def test_save(self):
        save_averages(self.path("out.json"), {"Ada": [18, 15, 20], "Bo": []})
        with open(self.path("out.json"), encoding="utf-8") as f:
            saved = json.load(f)
        self.assertEqual(saved, {"Ada": 17.7, "Bo": 0.0}, "the file should hold the averages as a JSON object")
