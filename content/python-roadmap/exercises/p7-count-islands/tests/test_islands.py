import unittest

from islands import SEA, count_islands, island_sizes


class IslandTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(island_sizes(SEA), [3, 3, 1])
        self.assertEqual(count_islands(SEA), 3)

    def test_diagonals_do_not_join(self):
        self.assertEqual(count_islands(["#.", ".#"]), 2, "Cells that touch only at a corner are separate islands")

    def test_no_land(self):
        self.assertEqual(island_sizes(["...", "..."]), [])
        self.assertEqual(count_islands([]), 0)

    def test_winding_island(self):
        grid = ["#####",
                "....#",
                "###.#",
                "#...#",
                "#####"]
        self.assertEqual(island_sizes(grid), [17], "One long winding island: follow every turn")

    def test_big_island(self):
        grid = ["#" * 100] * 100
        self.assertEqual(island_sizes(grid), [10000],
                         "A 100 x 100 island: use a stack list, recursion would go too deep")


if __name__ == "__main__":
    unittest.main()
