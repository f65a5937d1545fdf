# Finding a circle of imports with a depth-first search.


def import_cycle(imports: dict[str, list[str]]) -> list[str] | None:
    # The modules on the current path, and the modules already finished.
    return None


if __name__ == "__main__":
    print(import_cycle({"app": ["db", "web"], "web": ["auth"], "auth": ["db", "web"], "db": []}))
    print(import_cycle({"app": ["db", "web"], "web": ["db"], "db": []}))
