import ast
import contextlib
import importlib.util
import io
import sys
import unittest


def run_with(test, values, typed):
    """What the learner's program prints when the starter's lists are
    @values instead and @typed is its input: the assignments to those names
    are changed, then the program runs."""
    path = importlib.util.find_spec("main").origin
    with open(path, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    replaced = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        else:
            continue
        if isinstance(target, ast.Name) and target.id in values and target.id not in replaced:
            node.value = ast.copy_location(
                ast.parse(repr(values[target.id]), mode="eval").body, node.value)
            replaced.add(target.id)
    for name in values:
        if name not in replaced:
            test.fail(f"Keep the starter's line `{name} = [...]`: your program should work "
                      f"for any list in `{name}`, so it makes its output from that list.")
    code = compile(ast.fix_missing_locations(tree), path, "exec", dont_inherit=True)
    output = io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(typed)
    try:
        with contextlib.redirect_stdout(output):
            exec(code, {"__name__": "__main__"})
    finally:
        sys.stdin = saved_stdin
    return output.getvalue()


class OtherListTests(unittest.TestCase):
    def test_works_for_another_list(self):
        printed = run_with(self, {"original": ["kiwi", "mango", "plum"]}, "fig\n")
        expected = ("original: ['kiwi', 'mango', 'plum', 'fig']\n"
                    "backup: ['kiwi', 'mango', 'plum']\n"
                    "same list: False\n")
        if not printed.startswith("original: ['kiwi', 'mango', 'plum', 'fig']\n"):
            self.fail(
                "With `original = ['kiwi', 'mango', 'plum']` and the input `fig`, the first line "
                "should show the list with `fig` appended. Append the fruit your program reads "
                "with `input()`, and print the list itself, not a text typed in.\n\n"
                f"Expected:\n{expected}\nYour program printed:\n{printed}")
        if printed.rstrip() != expected.rstrip():
            self.fail(
                "With `original = ['kiwi', 'mango', 'plum']` and the input `fig`, the backup "
                "should still hold the list as it was before the append. Make it a real copy of `original` "
                "(`original.copy()`), not a second label and not the items typed again.\n\n"
                f"Expected:\n{expected}\nYour program printed:\n{printed}")


if __name__ == "__main__":
    unittest.main()
