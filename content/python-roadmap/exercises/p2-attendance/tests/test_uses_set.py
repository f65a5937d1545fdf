import ast
import importlib.util
import unittest


class UsesSetTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_a_set(self):
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.Set, ast.SetComp)):
                return
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "set"):
                return
        self.fail("\"Who came through the door?\" only asks whether a name is there, "
                  "each name once: that is the question a set answers. Keep the "
                  "names at the door in a set, `came: set[str] = set()`, and "
                  "`came.add(name)`.")


if __name__ == "__main__":
    unittest.main()
