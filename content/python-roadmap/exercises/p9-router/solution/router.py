# Routing: (method, path) -> the function that handles it.
import re
from typing import Any, Callable

Handler = Callable[..., tuple[int, Any]]


class Router:
    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        self.routes.append((method, re.compile("^" + pattern + "$"), handler))

    def dispatch(self, method: str, path: str) -> tuple[int, Any]:
        path_known = False
        for route_method, pattern, handler in self.routes:
            found = pattern.match(path)
            if not found:
                continue
            path_known = True
            if route_method == method:
                return handler(*found.groups())
        if path_known:
            return 405, {"error": "method not allowed"}
        return 404, {"error": "not found"}


if __name__ == "__main__":
    router = Router()
    router.add("GET", r"/notes", lambda: (200, ["a note"]))
    router.add("GET", r"/notes/(\d+)", lambda note_id: (200, {"id": int(note_id)}))
    print(router.dispatch("GET", "/notes/7"))
    print(router.dispatch("DELETE", "/notes/7"))
    print(router.dispatch("GET", "/nothing"))
