import unittest

from main import make_limiter, memo


class TestMemo(unittest.TestCase):
    def test_remembers(self):
        calls = []

        def square(n: int) -> int:
            calls.append(n)
            return n * n

        fast = memo(square)
        self.assertEqual(fast(4), 16, "the decorated function should return what the original returns")
        self.assertEqual(fast(4), 16, "asked again, the decorated function should give the same answer")
        self.assertEqual(fast(5), 25, "a new number gets its own answer")
        self.assertEqual(fast(4), 16, "the answer for 4 should still be remembered")
        self.assertEqual(calls, [4, 5], "the original should run once per new number: a number seen before is answered from the dict")

    def test_separate_memories(self):
        double = memo(lambda n: n * 2)
        triple = memo(lambda n: n * 3)
        self.assertEqual(double(3), 6, "the decorated function should return what the original returns")
        self.assertEqual(triple(3), 9, "each decorated function needs its own dict of answers")

    def test_wraps(self):
        @memo
        def cube(n: int) -> int:
            return n ** 3
        self.assertEqual(cube(2), 8, "the decorated function should return what the original returns")
        self.assertEqual(cube.__name__, "cube", "use @functools.wraps(func) so the decorated function keeps its name")


class TestLimiter(unittest.TestCase):
    def test_limit(self):
        allow = make_limiter(2)
        self.assertEqual([allow(), allow(), allow(), allow()], [True, True, False, False],
                         "make_limiter(2) should allow the first two calls and then refuse")

    def test_zero(self):
        allow = make_limiter(0)
        self.assertFalse(allow(), "make_limiter(0) never allows anything")

    def test_separate(self):
        one = make_limiter(1)
        two = make_limiter(1)
        self.assertTrue(one(), "a new limiter with limit 1 should allow its first call: each limiter starts counting from 0")
        self.assertTrue(two(), "each limiter counts on its own: keep the count inside make_limiter, not in a global")
        self.assertFalse(one(), "a limiter with limit 1 refuses its second call")
