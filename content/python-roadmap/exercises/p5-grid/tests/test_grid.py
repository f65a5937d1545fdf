import unittest

from main import flatten, make_grid, total_over, transpose


class TestGrid(unittest.TestCase):
    def test_make_grid(self):
        self.assertEqual(make_grid(2, 2, "x"), [["x", "x"], ["x", "x"]])
        self.assertEqual(make_grid(0, 5, "x"), [])

    def test_rows_are_separate(self):
        grid = make_grid(3, 2, ".")
        grid[0][0] = "#"
        self.assertEqual(grid[1][0], ".", "changing one row changed another: every row must be a new list. "
                         "[[fill] * cols] * rows repeats the SAME row; use a comprehension for the rows")

    def test_transpose(self):
        self.assertEqual(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 4], [2, 5], [3, 6]])
        self.assertEqual(transpose([[7]]), [[7]])

    def test_flatten(self):
        self.assertEqual(flatten([[1], [2, 3], []]), [1, 2, 3])

    def test_total_over(self):
        self.assertEqual(total_over([[1, 10], [5, 2]], 4), 15)
        self.assertEqual(total_over([[1]], 1), 0, "only numbers greater than the limit count")


if __name__ == "__main__":
    unittest.main()
