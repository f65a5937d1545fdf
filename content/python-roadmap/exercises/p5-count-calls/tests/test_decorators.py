import unittest

import main


class TestCountCalls(unittest.TestCase):
    def setUp(self):
        main.call_counts.clear()

    def test_counts(self):
        @main.count_calls
        def f(x: int) -> int:
            return x * 2

        self.assertEqual(f(4), 8, "the wrapper must return what the function returns")
        f(1)
        f(x=2)
        self.assertEqual(main.call_counts.get("f"), 3, "three calls of f should give call_counts['f'] == 3")

    def test_counts_failed_calls(self):
        @main.count_calls
        def boom() -> None:
            raise KeyError("x")

        with self.assertRaises(KeyError, msg="the wrapper should let the function's error through"):
            boom()
        self.assertEqual(main.call_counts.get("boom"), 1, "count before calling, so a call that raises still counts")

    def test_keeps_name(self):
        @main.count_calls
        def original() -> None:
            pass

        self.assertEqual(original.__name__, "original", "use @functools.wraps(func) on the wrapper")


class TestShout(unittest.TestCase):
    def test_shout(self):
        @main.shout
        def hi(name: str, punct: str = "") -> str:
            return "hi " + name + punct

        self.assertEqual(hi("bo"), "HI BO!")
        self.assertEqual(hi("bo", punct="?"), "HI BO?!", "pass keyword arguments through with **kwargs")
        self.assertEqual(hi.__name__, "hi", "use @functools.wraps(func) on the wrapper")


if __name__ == "__main__":
    unittest.main()
