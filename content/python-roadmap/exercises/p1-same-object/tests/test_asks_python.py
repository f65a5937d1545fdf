import ast
import importlib.util
import unittest


def is_id_comparison(node):
    """`id(a) == id(b)`: two id() calls compared with ==."""
    return (isinstance(node, ast.Compare) and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq)
            and all(isinstance(side, ast.Call) and isinstance(side.func, ast.Name)
                    and side.func.id == "id" for side in (node.left, node.comparators[0])))


class AskPythonTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())
        cls.prints = [node for node in ast.walk(cls.tree)
                      if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                      and node.func.id == "print"]

    def test_prints_the_comparison_twice(self):
        compared = [call for call in self.prints
                    if len(call.args) == 1 and is_id_comparison(call.args[0])]
        if len(compared) < 2:
            self.fail("Print the comparison itself, before and after the change: "
                      "`print(id(first) == id(second))`. Python gives the answer.")

    def test_no_answer_written(self):
        for call in self.prints:
            for arg in call.args:
                if isinstance(arg, ast.Constant) and arg.value in (True, False, "True",
                                                                   "False", "hello"):
                    self.fail(f"Line {call.lineno}: the answer is written into `print`. Print "
                              "what Python works out: the comparison, and `second`.")


if __name__ == "__main__":
    unittest.main()
