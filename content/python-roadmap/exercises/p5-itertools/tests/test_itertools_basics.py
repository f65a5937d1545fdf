import unittest

import main
from main import first_signups, improvements, match_ups, streaks


class TestFirstSignups(unittest.TestCase):
    def test_across_days(self):
        days = [["Ada", "Alan"], [], ["Grace", "Guido"]]
        self.assertEqual(first_signups(days, 3), ["Ada", "Alan", "Grace"],
                         "the first 3 names, reading the days one after the other")
        self.assertEqual(first_signups([["Linus"], ["Ken", "Dennis"]], 2), ["Linus", "Ken"],
                         "the names run on from one day into the next")

    def test_fewer_than_asked(self):
        self.assertEqual(first_signups([["Ada"], ["Alan"]], 10), ["Ada", "Alan"],
                         "when there are fewer names than n, give all of them")
        self.assertEqual(first_signups([], 3), [], "no days: no names")
        self.assertEqual(first_signups([["Ada"]], 0), [], "n = 0 asks for no names")

    def test_days_not_changed(self):
        days = [["Ada", "Alan"], ["Grace"]]
        first_signups(days, 2)
        self.assertEqual(days, [["Ada", "Alan"], ["Grace"]], "first_signups must not change the lists it reads")


class TestMatchUps(unittest.TestCase):
    def test_three_players(self):
        self.assertEqual(match_ups(["Ada", "Alan", "Grace"]),
                         [("Ada", "Alan"), ("Ada", "Grace"), ("Alan", "Grace")],
                         "every pair once, in the order the players are listed")

    def test_four_players(self):
        found = match_ups(["a", "b", "c", "d"])
        self.assertEqual(len(found), 6, "4 players give 6 match-ups")
        self.assertEqual(found[0], ("a", "b"))
        self.assertNotIn(("b", "a"), found, "a pair appears once: (\"a\", \"b\") but not (\"b\", \"a\")")
        self.assertNotIn(("a", "a"), found, "nobody plays against themselves")

    def test_too_few(self):
        self.assertEqual(match_ups(["Ada"]), [], "one player: no match-ups")
        self.assertEqual(match_ups([]), [], "no players: no match-ups")


class TestStreaks(unittest.TestCase):
    def test_example(self):
        self.assertEqual(streaks("WWLWWW"), [("W", 2), ("L", 1), ("W", 3)],
                         "each run of equal letters becomes (letter, length)")

    def test_same_letter_later_is_a_new_streak(self):
        self.assertEqual(streaks("WLWL"), [("W", 1), ("L", 1), ("W", 1), ("L", 1)],
                         "only neighbours are grouped: W, L, W, L are four streaks")

    def test_one_long_and_empty(self):
        self.assertEqual(streaks("DDDD"), [("D", 4)], "one letter four times is one streak of 4")
        self.assertEqual(streaks(""), [], "no results: no streaks")

    def test_three_letters(self):
        self.assertEqual(streaks("LLDWWD"), [("L", 2), ("D", 1), ("W", 2), ("D", 1)])


class TestImprovements(unittest.TestCase):
    def test_example(self):
        self.assertEqual(improvements([10, 12, 11, 15, 15, 20]), 3,
                         "10->12, 11->15 and 15->20 are rises; 12->11 falls and 15->15 stays")

    def test_never_rises(self):
        self.assertEqual(improvements([9, 7, 7, 3]), 0, "a score that only falls or stays never improves")

    def test_short(self):
        self.assertEqual(improvements([5]), 0, "one score has nothing to compare with")
        self.assertEqual(improvements([]), 0, "no scores: no improvements")
        self.assertEqual(improvements([1, 2]), 1)

    def test_every_step(self):
        self.assertEqual(improvements([-3, -1, 0, 4, 100]), 4, "every step rises: 4 rises between 5 scores")


class TestUsesItertools(unittest.TestCase):
    def test_module_imported(self):
        self.assertTrue(hasattr(main, "itertools"),
                        "write `import itertools` at the top and use its tools")


if __name__ == "__main__":
    unittest.main()
