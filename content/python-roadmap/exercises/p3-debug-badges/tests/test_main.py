import io
import sys
import unittest
from contextlib import redirect_stdout

# main.py reads a line of names when it is imported: give it one.
sys.stdin = io.StringIO("ada grace\n")
with redirect_stdout(io.StringIO()):
    from main import make_badges
sys.stdin = sys.__stdin__


class TestMakeBadges(unittest.TestCase):
    def test_capitals(self) -> None:
        self.assertEqual(
            make_badges(["ada", "Grace", "LINUS"]),
            ["ADA", "GRACE", "LINUS"],
            "make_badges should return every name in capitals")

    def test_leaves_names_alone(self) -> None:
        names = ["ada", "grace"]
        make_badges(names)
        self.assertEqual(
            names, ["ada", "grace"],
            "make_badges changed the list it was given: debug it and "
            "watch Names and Values after `result = names`")

    def test_new_list(self) -> None:
        names = ["margaret"]
        result = make_badges(names)
        self.assertIsNot(
            result, names,
            "make_badges returned the very list it was given; it should "
            "return a new one")

    def test_empty(self) -> None:
        names: list[str] = []
        result = make_badges(names)
        self.assertEqual(result, [])
        self.assertIsNot(result, names, "even for no names, return a new list")

    def test_twice(self) -> None:
        names = ["katherine", "dorothy"]
        first = make_badges(names)
        second = make_badges(names)
        self.assertEqual(first, ["KATHERINE", "DOROTHY"])
        self.assertEqual(second, ["KATHERINE", "DOROTHY"])
        self.assertIsNot(first, second,
                         "each call should make a list of its own")
