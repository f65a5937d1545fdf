import ast
import importlib.util
import unittest


class GridTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_books_through_the_grid(self):
        for node in ast.walk(self.tree):
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            for target in targets:
                if (isinstance(target, ast.Subscript)
                        and isinstance(target.value, ast.Subscript)
                        and isinstance(target.value.value, ast.Name)
                        and target.value.value.id == "seats"):
                    return
        self.fail("Book a seat by changing the list of lists itself: "
                  "`seats[row - 1][seat - 1] = \"X\"`, row first, then the seat.")


if __name__ == "__main__":
    unittest.main()
