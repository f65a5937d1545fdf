import typing
import unittest

import main
from main import Pair, apply_all, compose, count_where, first_or


class TestGenerics(unittest.TestCase):
    def test_first_or(self):
        self.assertEqual(first_or(["x", "y"], "d"), "x")
        self.assertEqual(first_or([], 5), 5)
        self.assertEqual(first_or([0], 9), 0, "0 is a first item like any other")

    def test_count_where(self):
        self.assertEqual(count_where(range(10), lambda n: n % 3 == 0), 4)
        self.assertEqual(count_where([], lambda n: True), 0)

    def test_apply_all(self):
        self.assertEqual(apply_all("a", [str.upper, lambda s: s + "!"]), "A!")
        self.assertEqual(apply_all(7, []), 7, "no steps: the value comes back unchanged")

    def test_compose(self):
        add1_then_double = compose(lambda n: n + 1, lambda n: n * 2)
        self.assertEqual(add1_then_double(5), 12, "compose(f, g)(x) is g(f(x)): f runs first")

    def test_pair(self):
        p = Pair(1, "a")
        self.assertEqual((p.first, p.second), (1, "a"))
        q = p.swap()
        self.assertEqual((q.first, q.second), ("a", 1))
        self.assertEqual((p.first, p.second), (1, "a"), "swap returns a new pair and leaves the old one alone")
        self.assertEqual(repr(q), "Pair('a', 1)")

    def test_pair_is_generic(self):
        self.assertIn(typing.Generic, Pair.__mro__, "Pair should inherit from Generic[A, B]")
        self.assertIsInstance(getattr(main, "A", None), typing.TypeVar, "define A = TypeVar(\"A\")")
        self.assertIsInstance(getattr(main, "B", None), typing.TypeVar, "define B = TypeVar(\"B\")")


if __name__ == "__main__":
    unittest.main()
