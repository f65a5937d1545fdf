import ast
import importlib.util
import unittest


class IndexWalkTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_while_up_to_len(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.While):
                for part in ast.walk(node.test):
                    if (isinstance(part, ast.Call) and isinstance(part.func, ast.Name)
                            and part.func.id == "len"):
                        return
        self.fail("Walk the list with an index: `i = 0`, then "
                  "`while i < len(names):` with the step, `i += 2`, at the end of the loop body.")

    def test_reads_by_index(self):
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)
                    and not isinstance(node.slice, (ast.Constant, ast.Slice, ast.UnaryOp))):
                return
        self.fail("Read each item by its position, `names[i]`, with the index "
                  "variable of your loop.")


if __name__ == "__main__":
    unittest.main()
