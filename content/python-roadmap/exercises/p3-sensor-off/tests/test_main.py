import ast
import io
import os
import unittest
from contextlib import redirect_stdout
from typing import SupportsIndex

with redirect_stdout(io.StringIO()):
    import main
    from main import sum_readings


class Watched(list[str]):
    """A list of readings that notes whether the sensor was on when read."""

    def __init__(self, items: list[str], sensor: dict[str, bool]) -> None:
        super().__init__(items)
        self.sensor = sensor
        self.seen: list[bool] = []

    def __iter__(self):  # type: ignore[no-untyped-def]
        self.seen.append(self.sensor.get("on", False))
        return super().__iter__()

    def __getitem__(self, index: SupportsIndex) -> str:  # type: ignore[override]
        self.seen.append(self.sensor.get("on", False))
        return super().__getitem__(index)


class TestSumReadings(unittest.TestCase):
    def test_adds_up(self) -> None:
        sensor = {"on": False}
        self.assertEqual(sum_readings(["12", "30"], sensor), 42,
                         "sum_readings(['12', '30'], sensor) should return 42")
        self.assertEqual(sum_readings(["-5", "7", "100"], sensor), 102,
                         "sum_readings(['-5', '7', '100'], sensor) should return 102")
        self.assertEqual(sum_readings([], sensor), 0,
                         "no readings add up to 0")

    def test_on_while_reading(self) -> None:
        sensor = {"on": False}
        readings = Watched(["1", "2"], sensor)
        sum_readings(readings, sensor)
        self.assertTrue(readings.seen and all(readings.seen),
                        "the sensor should be on while the readings are read: "
                        "switch it on first")

    def test_off_after_success(self) -> None:
        sensor = {"on": False}
        sum_readings(["1", "2", "3"], sensor)
        self.assertEqual(sensor, {"on": False},
                         "after adding up the readings the sensor should be off")

    def test_off_after_error(self) -> None:
        sensor = {"on": False}
        with self.assertRaises(
                ValueError,
                msg="a reading that is not a whole number should still raise "
                    "ValueError to the caller: finally cleans up, it does not "
                    "catch"):
            sum_readings(["12", "oops", "30"], sensor)
        self.assertEqual(
            sensor, {"on": False},
            "after a bad reading the sensor stayed on: the line that switches "
            "it off was skipped when int() raised. A finally block runs on "
            "that path too")

    def test_off_after_error_at_start(self) -> None:
        sensor = {"on": False}
        with self.assertRaises(ValueError):
            sum_readings(["4.5"], sensor)
        self.assertEqual(sensor, {"on": False},
                         "after a bad first reading the sensor stayed on")

    def test_uses_finally(self) -> None:
        with open(os.path.abspath(main.__file__), encoding="utf-8") as file:
            tree = ast.parse(file.read())
        found = False
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "sum_readings":
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Try) and inner.finalbody:
                        found = True
        self.assertTrue(found,
                        "sum_readings should switch the sensor off in a "
                        "finally block, which runs whatever happens")


if __name__ == "__main__":
    unittest.main()
