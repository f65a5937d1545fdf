import ast
import importlib.util
import unittest


def nested_ifs(tree):
    """The `if` statements that stand in the block of another `if` (its body
    or its `else`, but an `elif` does not count: that is one chain)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        blocks = list(node.body)
        orelse = node.orelse
        if not (len(orelse) == 1 and isinstance(orelse[0], ast.If)):
            blocks += orelse
        for statement in blocks:
            for inner in ast.walk(statement):
                if isinstance(inner, ast.If):
                    found.append(inner)
    return found


class NestedTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_if_inside_if(self):
        if not nested_ifs(self.tree):
            self.fail("Put the question about the password in an `if` inside the block "
                      "of the `if` that checks the name, indented four more spaces. "
                      "An `elif` chain or an `and` is not what this exercise practises.")


if __name__ == "__main__":
    unittest.main()
