import unittest

import ranking


class RankingTests(unittest.TestCase):
    team = [("Cy", 30), ("Ada", 50), ("Bob", 30), ("Dee", 10)]

    def test_by_score(self):
        result = ranking.by_score(self.team)
        self.assertEqual([s for _, s in result], [10, 30, 30, 50],
                         "by_score should put the lowest score first")

    def test_by_score_is_stable(self):
        result = ranking.by_score(self.team)
        self.assertEqual(result[1:3], [("Cy", 30), ("Bob", 30)],
                         "sorted() keeps equal items in their original order (it is stable)")

    def test_leaderboard(self):
        self.assertEqual(ranking.leaderboard(self.team),
                         [("Ada", 50), ("Bob", 30), ("Cy", 30), ("Dee", 10)],
                         "Highest score first, and equal scores by name")

    def test_input_unchanged(self):
        team = list(self.team)
        ranking.leaderboard(team)
        ranking.by_score(team)
        self.assertEqual(team, self.team, "Use sorted(), which returns a new list, so the input stays as it was")

    def test_names_ignoring_case(self):
        self.assertTrue(hasattr(ranking, "names_ignoring_case"),
                        "Write a function names_ignoring_case(names)")
        self.assertEqual(ranking.names_ignoring_case(["bob", "Ada", "cy", "ada"]),
                         ["Ada", "ada", "bob", "cy"],
                         "Compare lower-case versions of the names: key=str.lower")


if __name__ == "__main__":
    unittest.main()
