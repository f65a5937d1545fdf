import ast
import importlib.util
import unittest


def print_calls(tree):
    """Every call of print in the code, in the order written."""
    calls = [node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
             and node.func.id == "print"]
    return sorted(calls, key=lambda call: (call.lineno, call.col_offset))


def sep_of(call):
    """The text given as sep= to a print call, or None."""
    for keyword in call.keywords:
        if keyword.arg == "sep" and isinstance(keyword.value, ast.Constant):
            return keyword.value.value
    return None


class SepTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("main").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def test_date_with_sep(self):
        calls = [call for call in print_calls(self.tree)
                 if sep_of(call) == "-" and len(call.args) >= 3]
        if not calls:
            self.fail('Print the date with one `print` that gets three values and `sep="-"`: '
                      '`print("2024", "05", "17", sep="-")`.')

    def test_time_with_sep(self):
        calls = [call for call in print_calls(self.tree)
                 if sep_of(call) == ":" and len(call.args) >= 2]
        if not calls:
            self.fail('Print the time with one `print` that gets two values and `sep=":"`: '
                      '`print("09", "30", sep=":")`.')

    def test_no_written_dashes_or_colons(self):
        separators = {id(keyword.value) for call in print_calls(self.tree)
                      for keyword in call.keywords if keyword.arg == "sep"}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in separators and ("-" in node.value or ":" in node.value):
                self.fail(f"Line {node.lineno}: the text {node.value!r} has the dash or colon "
                          "written in it. Give `print` the parts as separate values and let "
                          '`sep` put the `-` or `:` between them.')


if __name__ == "__main__":
    unittest.main()
