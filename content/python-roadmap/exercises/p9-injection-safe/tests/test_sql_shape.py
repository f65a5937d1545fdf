import ast
import importlib.util
import unittest

SQL_CALLS = ("execute", "executemany", "executescript")
ADVICE = ("Write the SQL as one plain string with `?` where each value goes, and pass the "
          "values separately: `conn.execute(\"... WHERE name = ?\", (name,))`.")


def how_built(value):
    """How an SQL text is put together from pieces, in words, or None when it
    is one plain string."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return None
    if not any(isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call,
                                 ast.FormattedValue)) for node in ast.walk(value)):
        # Written text only ("SELECT ..." + " ORDER BY name"): no value gets in.
        return None
    if isinstance(value, ast.JoinedStr):
        return "with an f-string"
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return "by joining texts with `+`"
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod):
        return "with `%`"
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
            and value.func.attr in ("format", "join", "replace"):
        return f"with `.{value.func.attr}(...)`"
    return "from something other than one plain string"


class SqlShapeTests(unittest.TestCase):
    """Decides on the code as written: it is read, not run."""

    @classmethod
    def setUpClass(cls):
        path = importlib.util.find_spec("users").origin
        with open(path, encoding="utf-8") as source:
            cls.tree = ast.parse(source.read())

    def assignments(self, scope, name):
        """The values given to @name in @scope (a function or the module),
        not looking into functions inside it."""
        found = []
        todo = list(ast.iter_child_nodes(scope))
        while todo:
            node = todo.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                    found.append(node.value)
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == name:
                found.append(node)
            todo.extend(ast.iter_child_nodes(node))
        return found

    def test_sql_is_one_plain_string(self):
        scopes = [self.tree] + [node for node in ast.walk(self.tree)
                                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        calls = 0
        for scope in scopes:
            todo = list(ast.iter_child_nodes(scope))
            while todo:
                node = todo.pop()
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                todo.extend(ast.iter_child_nodes(node))
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in SQL_CALLS and node.args):
                    continue
                calls += 1
                sql = node.args[0]
                if isinstance(sql, ast.Name):
                    values = self.assignments(scope, sql.id)
                    if not values:
                        self.fail(f"Line {node.lineno}: `{sql.id}`, the SQL given to "
                                  f"`{node.func.attr}`, is never given a plain string here. "
                                  + ADVICE)
                    for value in values:
                        if isinstance(value, ast.AugAssign):
                            if how_built(value.value):
                                self.fail(f"Line {value.lineno}: `{sql.id}` grows with `+=` "
                                          "from a value, so the SQL is built from pieces. "
                                          + ADVICE)
                            continue
                        built = value is not None and how_built(value)
                        if built:
                            self.fail(f"Line {value.lineno}: the SQL in `{sql.id}` is built "
                                      f"{built}, so a value can change it. " + ADVICE)
                else:
                    built = how_built(sql)
                    if built:
                        self.fail(f"Line {node.lineno}: the SQL given to `{node.func.attr}` "
                                  f"is built {built}, so a value can change it. " + ADVICE)
        if not calls:
            self.fail("Run the SQL with `conn.execute(...)`.")


if __name__ == "__main__":
    unittest.main()
