import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run; while it runs, later big cases fail
# at once with the same words instead of piling up beside it.)
BUDGET_S = 10.0
RUNAWAYS = []


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    name = getattr(func, "shown_as", f"`{func.__name__}`")
    if any(worker.is_alive() for worker in RUNAWAYS):
        test.fail(f"{name} is still busy with an earlier input that took more than "
                  f"{BUDGET_S:g} seconds: {slow}")
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except (MemoryError, SystemError):
            # Python reports running out of memory in a thread either way.
            outcome["memory"] = True
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        RUNAWAYS.append(worker)
        test.fail(f"{name} took more than {BUDGET_S:g} seconds: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "memory" in outcome:
        test.fail(f"{name} ran out of memory: {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

import random

from plots import largest_square

SLOW = ("checking every square of every size is far too slow for 400 x 400 plots. "
        "Fill a table: side[r][c] is the biggest free square whose bottom-right "
        "corner is that plot.")

EXAMPLE = ["..#....",
           "...#...",
           "....###",
           ".....#.",
           "#....##"]


class SquareTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(largest_square(EXAMPLE), 3, "Rows 2-4, columns 1-3")

    def test_nothing_free(self):
        self.assertEqual(largest_square([]), 0, "No rows: no square, 0")
        self.assertEqual(largest_square(["##", "##"]), 0, "Only sheds: 0")

    def test_one_plot(self):
        self.assertEqual(largest_square(["."]), 1, "One free plot is a 1 x 1 square")
        self.assertEqual(largest_square(["#.#", "###"]), 1)

    def test_strips_are_not_squares(self):
        self.assertEqual(largest_square(["......"]), 1, "A row of 6 free plots holds only a 1 x 1 square")
        self.assertEqual(largest_square([".....", ".....", "#####"]), 2, "A free strip of 2 rows holds a 2 x 2 square")

    def test_all_free(self):
        self.assertEqual(largest_square(["...."] * 4), 4, "A free 4 x 4 map is one 4 x 4 square")

    def test_one_shed_in_the_middle(self):
        plots = ["....."] * 5
        plots[2] = "..#.."
        self.assertEqual(largest_square(plots), 2, "A shed in the middle of a 5 x 5 map leaves only 2 x 2 squares")

    def test_big_map(self):
        rng = random.Random(44)
        plots = ["".join("#" if rng.random() < 0.02 else "." for _ in range(400)) for _ in range(400)]
        self.assertEqual(in_time(self, SLOW, largest_square, plots), 23, "400 x 400 plots with a few sheds")
        self.assertEqual(in_time(self, SLOW, largest_square, ["." * 400] * 400), 400,
                         "400 x 400 free plots: one square of side 400")


if __name__ == "__main__":
    unittest.main()
