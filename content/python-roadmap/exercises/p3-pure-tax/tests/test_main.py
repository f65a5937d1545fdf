import io
import unittest
from contextlib import redirect_stdout
from typing import Any

with redirect_stdout(io.StringIO()):
    import main


def module_lists() -> dict[str, list[Any]]:
    """A copy of every list main.py keeps at the top level, by name."""
    return {name: list(value) for name, value in vars(main).items()
            if isinstance(value, list)}


def call(amounts: list[float], rate: float) -> tuple[Any, str]:
    """Call add_tax and return its result and what it printed."""
    out = io.StringIO()
    with redirect_stdout(out):
        result = main.add_tax(amounts, rate)
    return result, out.getvalue()


class TestAddTax(unittest.TestCase):
    def test_returns_the_prices(self) -> None:
        result, _ = call([10.0, 2.5], 0.2)
        self.assertEqual(
            result, [12.0, 3.0],
            "add_tax([10.0, 2.5], 0.2) should return [12.0, 3.0]: return "
            "the list instead of printing it or storing it in a global")

    def test_other_amounts(self) -> None:
        result, _ = call([19.99, 100.0, 0.5], 0.07)
        self.assertEqual(result, [21.39, 107.0, 0.54],
                         "add_tax([19.99, 100.0, 0.5], 0.07) should return "
                         "[21.39, 107.0, 0.54], each rounded to 2 places")
        result, _ = call([], 0.2)
        self.assertEqual(result, [], "no amounts give an empty list")

    def test_prints_nothing(self) -> None:
        _, printed = call([10.0, 2.5], 0.2)
        self.assertEqual(
            printed, "",
            "add_tax printed something: a pure function only returns; "
            "let the program's last lines print what it gives back")

    def test_same_answer_twice(self) -> None:
        first, _ = call([4.0, 8.0], 0.5)
        second, _ = call([4.0, 8.0], 0.5)
        self.assertEqual(first, [6.0, 12.0])
        self.assertEqual(
            second, [6.0, 12.0],
            "the second call with the same arguments gave another answer: "
            "does add_tax keep something between calls?")
        self.assertIsNot(first, second,
                         "each call should build a new list of its own")

    def test_changes_nothing_outside(self) -> None:
        before = module_lists()
        amounts = [1.0, 2.0]
        call(amounts, 0.1)
        call(amounts, 0.1)
        self.assertEqual(amounts, [1.0, 2.0],
                         "add_tax changed the list it was given")
        self.assertEqual(
            module_lists(), before,
            "add_tax changed a list at the top of main.py: a pure "
            "function builds a new list and returns it")


if __name__ == "__main__":
    unittest.main()
