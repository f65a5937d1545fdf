import ast
import importlib.util
import unittest

# The loop this exercise teaches, and the advice when a print is outside it.
LOOP = (ast.For,)
LOOP_WORD = "for"


def parents(tree):
    """Each node's parent."""
    found = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            found[child] = node
    return found


def enclosing_loop(node, parent_of):
    """The nearest loop around @node whose body (not its head) holds it."""
    child = node
    parent = parent_of.get(node)
    while parent is not None:
        if isinstance(parent, LOOP) and child in parent.body:
            return parent
        child, parent = parent, parent_of.get(parent)
    return None


def reads_a_variable(value):
    return any(isinstance(node, ast.Name) for node in ast.walk(value))


class PrintsFromTheLoopTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_numbers_come_from_the_loop(self):
        parent_of = parents(self.tree)
        calls = [node for node in ast.walk(self.tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id == "print"]
        if not calls:
            self.fail("Print the numbers with `print`.")
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            loop = enclosing_loop(call, parent_of)
            if loop is None:
                self.fail(f"Line {call.lineno}: this `print` is outside the `{LOOP_WORD}` loop. "
                          "Print inside the loop, so that the loop makes every number.")
            if not (isinstance(loop.iter, ast.Call) and isinstance(loop.iter.func, ast.Name)
                    and loop.iter.func.id == "range"):
                self.fail(f"Line {loop.lineno}: let this `for` loop walk over `range(...)`, so "
                          "that `range` makes the numbers.")
            for value in call.args:
                if not reads_a_variable(value):
                    self.fail(f"Line {call.lineno}: `print({ast.unparse(value)})` prints a value "
                              "written in the code. Print the loop's variable (or a value worked "
                              "out from it), so that the loop makes every number.")


if __name__ == "__main__":
    unittest.main()
