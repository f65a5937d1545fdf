import ast
import importlib.util
import unittest

VALUES = (42, 3.5, "42", True)


def printed_types(tree):
    """The values whose type the code prints as `print(type(value))`, the
    value written there or in a variable it was given to (`a = 42`)."""
    assigned = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)):
            assigned[node.targets[0].id] = node.value
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "print" and len(node.args) == 1):
            inner = node.args[0]
            if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                    and inner.func.id == "type" and len(inner.args) == 1):
                value = inner.args[0]
                if isinstance(value, ast.Name) and value.id in assigned:
                    value = assigned[value.id]
                if isinstance(value, ast.Constant):
                    found.append(value.value)
    return found


class AskPythonTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_each_value_asked(self):
        found = printed_types(self.tree)
        for value in VALUES:
            if not any(type(seen) is type(value) and seen == value for seen in found):
                self.fail(f"Ask Python about {value!r} itself: `print(type({value!r}))`. "
                          "The point is to see what Python answers, not to write the answer.")

    def test_no_answer_written(self):
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and "<class" in node.value):
                self.fail(f"Line {node.lineno}: the answer is written as text. Let "
                          "`type()` give it: `print(type(42))`.")


if __name__ == "__main__":
    unittest.main()
