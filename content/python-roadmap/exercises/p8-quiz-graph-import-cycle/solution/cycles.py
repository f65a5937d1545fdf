# Finding a circle of imports with a depth-first search.


def import_cycle(imports: dict[str, list[str]]) -> list[str] | None:
    finished: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(module: str) -> list[str] | None:
        path.append(module)
        on_path.add(module)
        for imported in imports[module]:
            if imported in on_path:
                return path[path.index(imported):] + [imported]
            if imported not in finished:
                found = visit(imported)
                if found is not None:
                    return found
        path.pop()
        on_path.remove(module)
        finished.add(module)
        return None

    for module in imports:
        if module not in finished:
            found = visit(module)
            if found is not None:
                return found
    return None


if __name__ == "__main__":
    print(import_cycle({"app": ["db", "web"], "web": ["auth"], "auth": ["db", "web"], "db": []}))
    print(import_cycle({"app": ["db", "web"], "web": ["db"], "db": []}))
