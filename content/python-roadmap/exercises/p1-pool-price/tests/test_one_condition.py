import ast
import importlib.util
import unittest


class OneConditionTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def operators(self):
        return {type(node.op) for node in ast.walk(self.tree)
                if isinstance(node, ast.BoolOp)}

    def test_uses_or(self):
        self.assertIn(ast.Or, self.operators(),
                      "The two age groups are one question with `or`: "
                      "`age < 16 or age >= 65`.")

    def test_uses_and(self):
        self.assertIn(ast.And, self.operators(),
                      "The Sunday part joins the rest with `and`: "
                      "reduced when the age fits **and** it is not Sunday.")

    def test_one_if(self):
        ifs = [node for node in ast.walk(self.tree)
               if isinstance(node, (ast.If, ast.IfExp))]
        if len(ifs) != 1:
            self.fail(f"Your program has {len(ifs)} `if` tests (an `elif` counts as one "
                      "more). Write the whole rule in the condition of a single `if`, "
                      "and put `Full` in its `else`.")


if __name__ == "__main__":
    unittest.main()
