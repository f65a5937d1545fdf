import random
import threading
import unittest

from grid import cheapest_path

# A table answers a 150 x 150 grid in a few hundredths of a second; trying
# every way never ends. Each call runs in a thread of its own with a budget,
# so that a slow answer fails with this test's own words, not the time limit.
BUDGET_S = 2.0


def reference(grid):
    rows, cols = len(grid), len(grid[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            before = []
            if r > 0:
                before.append(best[r - 1][c])
            if c > 0:
                before.append(best[r][c - 1])
            best[r][c] = grid[r][c] + (min(before) if before else 0)
    return best[-1][-1]


class CheapestPathTests(unittest.TestCase):
    def cheapest(self, grid):
        outcome = {}

        def call():
            try:
                outcome["value"] = cheapest_path(grid)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        size = f"{len(grid)} x {len(grid[0])}"
        if worker.is_alive():
            self.fail(f"cheapest_path on a {size} grid took more than {BUDGET_S:g} seconds: trying every "
                      "way works out the same cells again and again. Fill a table `best` cell by cell instead.")
        if "deep" in outcome:
            self.fail(f"cheapest_path on a {size} grid called itself too deeply (`RecursionError`). "
                      "Fill a table `best` row by row with loops instead.")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def test_example(self):
        self.assertEqual(self.cheapest([[1, 3, 1], [1, 5, 1], [4, 2, 1]]), 7)

    def test_one_cell(self):
        self.assertEqual(self.cheapest([[9]]), 9, "A 1 x 1 grid: the robot only drives through that cell")

    def test_one_row_and_one_column(self):
        self.assertEqual(self.cheapest([[2, 0, 5]]), 7, "In one row there is only one way: the sum of it")
        self.assertEqual(self.cheapest([[2], [0], [5]]), 7, "In one column there is only one way too")

    def test_not_greedy(self):
        grid = [[1, 1, 9, 9],
                [9, 1, 9, 9],
                [1, 1, 9, 9],
                [1, 9, 9, 9]]
        self.assertEqual(self.cheapest([[0, 1, 2], [5, 9, 9], [0, 0, 0]]), 5,
                         "Always stepping to the cheaper neighbour is not enough: going down through the 5 "
                         "leads to a row of zeros")
        self.assertEqual(self.cheapest(grid), reference(grid))

    def test_not_square(self):
        grid = [[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]]
        self.assertEqual(self.cheapest(grid), 17,
                         "A grid with 2 rows of 5")

    def test_big(self):
        rng = random.Random(7)
        grid = [[rng.randint(0, 9) for _ in range(150)] for _ in range(150)]
        self.assertEqual(self.cheapest(grid), reference(grid))


if __name__ == "__main__":
    unittest.main()
