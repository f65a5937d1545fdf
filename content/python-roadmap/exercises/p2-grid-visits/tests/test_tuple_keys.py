import ast
import importlib.util
import unittest


class TupleKeyTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def tuple_names(self):
        """The names given a tuple, as in `cell = (row, col)`."""
        names = set()
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)
                    and len(node.value.elts) == 2):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names.add(target.id)
        return names

    def is_tuple_key(self, node):
        return ((isinstance(node, ast.Tuple) and len(node.elts) == 2)
                or (isinstance(node, ast.Name) and node.id in self.tuple_names()))

    def test_keys_are_tuples(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Subscript) and self.is_tuple_key(node.slice):
                return
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("get", "setdefault") and node.args
                    and self.is_tuple_key(node.args[0])):
                return
        self.fail("Use the cell itself as the dict's key: a tuple such as "
                  "`cell = (row, col)`, then `visits[cell]`. A list cannot be a key, "
                  "because it can change; glued text such as \"120\" mixes up "
                  "(1, 20) and (12, 0).")


if __name__ == "__main__":
    unittest.main()
