import threading
import unittest

from queens import queen_boards

COUNTS = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92}
BUDGET_S = 8.0


def boards_of(n):
    """queen_boards(n), or None when it takes longer than BUDGET_S.

    The call runs in a thread of its own, so that a search without pruning
    ends in the test's own words and not at the run's time limit."""
    outcome = {}

    def call():
        try:
            outcome["value"] = queen_boards(n)
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        return None
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class QueensTests(unittest.TestCase):
    def check_board(self, n, board):
        self.assertEqual(len(board), n, f"A board for n = {n} has {n} rows, not {len(board)}: {board}")
        cols = []
        for row in board:
            self.assertEqual(len(row), n, f"Each row of a board for n = {n} has {n} squares: {board}")
            self.assertEqual(row.count("Q"), 1, f"Each row holds exactly one 'Q': {board}")
            self.assertEqual(set(row), {"Q", "."} if n > 1 else {"Q"},
                             f"Draw rows with 'Q' and '.' only: {board}")
            cols.append(row.index("Q"))
        for r1 in range(n):
            for r2 in range(r1 + 1, n):
                self.assertNotEqual(cols[r1], cols[r2],
                                    f"In {board}, the queens of rows {r1} and {r2} share a column")
                self.assertNotEqual(abs(cols[r1] - cols[r2]), r2 - r1,
                                    f"In {board}, the queens of rows {r1} and {r2} are on one "
                                    "diagonal: their rows and columns differ by the same amount")

    def test_four(self):
        got = boards_of(4)
        self.assertEqual(sorted(got), sorted([[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]]),
                         "A 4 x 4 board has exactly two solutions")

    def test_small(self):
        self.assertEqual(boards_of(1), [["Q"]], "One queen on a 1 x 1 board: [['Q']]")
        self.assertEqual(boards_of(2), [], "No solution for n = 2: return []")
        self.assertEqual(boards_of(3), [], "No solution for n = 3: return []")

    def test_counts_and_boards(self):
        for n in range(4, 9):
            got = boards_of(n)
            self.assertIsNotNone(got, f"queen_boards({n}) took too long")
            for board in got:
                self.check_board(n, board)
            self.assertEqual(len(set(map(tuple, got))), len(got), f"queen_boards({n}) gives a board twice")
            self.assertEqual(len(got), COUNTS[n], f"queen_boards({n}) should find {COUNTS[n]} boards, not {len(got)}")

    def test_ten_with_pruning(self):
        got = boards_of(10)
        self.assertIsNotNone(got,
                             f"queen_boards(10) took more than {BUDGET_S:g} seconds. Prune: skip a "
                             "column as soon as a queen above attacks it, instead of filling the "
                             "whole board and checking it at the end")
        self.assertEqual(len(got), 724, "A 10 x 10 board has 724 solutions")


if __name__ == "__main__":
    unittest.main()
