import unittest

from gradebook import Gradebook

EXAMPLE = ["Ada, maths, 91", "Bo, maths, 78", "", "Ada, art, 70", "Bo, art, 95"]


class GradebookTests(unittest.TestCase):
    def test_example(self):
        book = Gradebook.from_lines(EXAMPLE)
        self.assertEqual(book.average("Ada"), 80.5)
        self.assertEqual(book.average("Bo"), 86.5)
        self.assertEqual(book.ranking(), ["Bo", "Ada"])
        self.assertEqual(book.best_in("maths"), "Ada")
        self.assertIsNone(book.best_in("music"), "Nobody has a music score: best_in returns None")

    def test_add_directly(self):
        book = Gradebook()
        book.add("Cy", "art", 60)
        book.add("Cy", "art", 65)
        book.add("Cy", "maths", 70)
        self.assertEqual(book.average("Cy"), 65.0)
        self.assertEqual(book.ranking(), ["Cy"])
        with self.assertRaises(ValueError, msg="add must refuse a score above 100"):
            book.add("Cy", "art", 101)
        with self.assertRaises(ValueError, msg="add must refuse a negative score"):
            book.add("Cy", "art", -1)
        self.assertEqual(book.average("Cy"), 65.0, "A refused score must not be recorded")

    def test_rounding(self):
        book = Gradebook.from_lines(["Dee, a, 70", "Dee, b, 71", "Dee, c, 71"])
        self.assertEqual(book.average("Dee"), 70.7, "(70 + 71 + 71) / 3 = 70.666..., rounded to 1 place: 70.7")

    def test_spaces_and_blank_lines(self):
        book = Gradebook.from_lines(["  Eve ,  history ,  88  ", "   ", "Eve,history,90"])
        self.assertEqual(book.average("Eve"), 89.0, "Spaces around the parts are ignored, blank lines skipped")
        self.assertEqual(book.best_in("history"), "Eve")

    def test_ranking_ties(self):
        book = Gradebook.from_lines(["Zed, a, 80", "Amy, a, 80", "Max, a, 95", "Kim, a, 60"])
        self.assertEqual(book.ranking(), ["Max", "Amy", "Zed", "Kim"],
                         "Highest average first; Amy and Zed tie at 80, so alphabetical order decides")

    def test_best_in_ties(self):
        book = Gradebook.from_lines(["Zed, chem, 99", "Amy, chem, 99", "Bob, chem, 50"])
        self.assertEqual(book.best_in("chem"), "Amy", "Amy and Zed tie at 99: the alphabetically first wins")

    def test_bad_lines(self):
        cases = {
            "not a whole number": (["Ada, maths, 91", "Bo, maths, lots"], "line 2"),
            "a decimal score": (["Bo, maths, 7.5"], "line 1"),
            "two parts": (["Ada, maths, 91", "", "Cy, 80"], "line 3"),
            "four parts": (["Ada, maths, 91, 4"], "line 1"),
            "a score above 100": (["Ada, maths, 91", "Ada, art, 70", "Bo, art, 130"], "line 3"),
        }
        for what, (lines, where) in cases.items():
            with self.assertRaises(ValueError, msg=f"from_lines must raise ValueError for {what}") as caught:
                Gradebook.from_lines(lines)
            self.assertIn(where, str(caught.exception),
                          f"For {what}, the message must say where: '{where}' (counting blank lines too)")

    def test_unknown_name(self):
        book = Gradebook.from_lines(EXAMPLE)
        with self.assertRaises(KeyError, msg="average of a name without scores raises KeyError"):
            book.average("Nobody")

    def test_from_lines_gives_gradebook(self):
        self.assertIsInstance(Gradebook.from_lines([]), Gradebook, "from_lines returns a Gradebook")
        self.assertEqual(Gradebook.from_lines([]).ranking(), [], "No lines: nobody to rank")


if __name__ == "__main__":
    unittest.main()
