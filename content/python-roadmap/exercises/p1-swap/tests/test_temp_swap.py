import ast
import importlib.util
import unittest


class TempSwapTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def assignments(self):
        return [node for node in ast.walk(self.tree) if isinstance(node, ast.Assign)]

    def test_no_tuple_swap(self):
        for node in self.assignments():
            for target in node.targets:
                if isinstance(target, (ast.Tuple, ast.List)):
                    self.fail(f"Line {node.lineno}: that is the tuple swap. It works, and "
                              "you will meet it with tuples in phase 2. Here, practise "
                              "what it does for you: save one value in a temporary "
                              "variable, then assign one name at a time.")

    def test_temporary_variable(self):
        for node in self.assignments():
            if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id not in ("first", "second")
                    and isinstance(node.value, ast.Name)
                    and node.value.id in ("first", "second")):
                return
        self.fail("Save one of the two values under a third name first, for example "
                  "`temp = first`, before you overwrite it.")

    def test_both_names_reassigned(self):
        names = set()
        for node in self.assignments():
            if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Name)):
                names.add(node.targets[0].id)
        for name in ("first", "second"):
            if name not in names:
                self.fail(f"`{name}` must be given the other value: swap the variables "
                          "themselves, one assignment each, not just the printing.")


if __name__ == "__main__":
    unittest.main()
