import contextlib
import importlib.util
import io
import sys
import unittest


def run_with(typed):
    """What the learner's program prints when @typed is its input."""
    path = importlib.util.find_spec("main").origin
    with open(path, encoding="utf-8") as source:
        code = compile(source.read(), path, "exec", dont_inherit=True)
    output = io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(typed)
    try:
        with contextlib.redirect_stdout(output):
            exec(code, {"__name__": "__main__"})
    finally:
        sys.stdin = saved_stdin
    return output.getvalue()


class OtherScoresTests(unittest.TestCase):
    def test_works_for_other_lists(self):
        printed = run_with("Lin Bo Ama Kofi\n70 95 81 60\n")
        expected = 'Lin: 70\nBo: 95\nAma: 81\nKofi: 60\nBest: Bo with 95\n'
        if printed.rstrip() != expected.rstrip():
            self.fail(
                "With four people, the names `Lin Bo Ama Kofi` and the scores "
                "`70 95 81 60`, the report should have one line per person and "
                "name Bo as the best. Make every line from the two lists with `zip`, and keep "
                "the best so far while you walk through them.\n\n"
                f"Expected:\n{expected}\nYour program printed:\n{printed}")

    def test_best_score_can_come_first(self):
        printed = run_with("Mo Ida\n50 40\n")
        expected = 'Mo: 50\nIda: 40\nBest: Mo with 50\n'
        if printed.rstrip() != expected.rstrip():
            self.fail(
                "With the names `Mo Ida` and the scores `50 40`, the best is Mo, the first "
                "person. Compare every score with the best so far, and change the best only "
                "when a score is higher.\n\n"
                f"Expected:\n{expected}\nYour program printed:\n{printed}")


if __name__ == "__main__":
    unittest.main()
