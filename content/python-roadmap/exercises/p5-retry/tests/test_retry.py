import contextlib
import io
import unittest

from main import retry


def flaky(failures: int, error: type = ConnectionError):
    state = {"calls": 0}

    def f(x: int) -> int:
        state["calls"] += 1
        if state["calls"] <= failures:
            raise error("fail")
        return x * 10
    return f, state


class TestRetry(unittest.TestCase):
    def run_quiet(self, func, *args):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = func(*args)
        return result, out.getvalue()

    def test_success_first_time(self):
        f, state = flaky(0)
        wrapped = retry(3)(f)
        result, printed = self.run_quiet(wrapped, 4)
        self.assertEqual(result, 40)
        self.assertEqual(state["calls"], 1, "a call that works is not repeated")
        self.assertEqual(printed, "")

    def test_retries_then_succeeds(self):
        f, state = flaky(2)
        result, printed = self.run_quiet(retry(3)(f), 1)
        self.assertEqual(result, 10)
        self.assertEqual(state["calls"], 3)
        self.assertEqual(printed, "attempt 1 failed\nattempt 2 failed\n")

    def test_gives_up(self):
        f, state = flaky(10)
        with self.assertRaises(ConnectionError, msg="after the last try, raise the ConnectionError again"):
            self.run_quiet(retry(2)(f), 1)
        self.assertEqual(state["calls"], 2, "retry(2) tries exactly twice")

    def test_other_errors_pass_through(self):
        f, state = flaky(1, KeyError)
        with self.assertRaises(KeyError):
            self.run_quiet(retry(5)(f), 1)
        self.assertEqual(state["calls"], 1, "only ConnectionError is retried")

    def test_bad_times(self):
        with self.assertRaises(ValueError, msg="retry(0) should raise ValueError at once"):
            retry(0)

    def test_keeps_name(self):
        def fetch() -> None:
            pass

        self.assertEqual(retry(2)(fetch).__name__, "fetch", "use @functools.wraps(func)")


if __name__ == "__main__":
    unittest.main()
