import random
import threading
import unittest

from cycles import import_cycle

BUDGET_S = 3.0


class ImportCycleTests(unittest.TestCase):
    def assert_real_cycle(self, imports, cycle):
        self.assertIsNotNone(cycle, "This graph has a circle of imports: return it, not None")
        self.assertIsInstance(cycle, list, "Return the circle as a list of module names")
        self.assertGreaterEqual(len(cycle), 2, "A circle lists at least a module and itself again")
        self.assertEqual(cycle[0], cycle[-1], f"{cycle} must start and end with the same module")
        self.assertEqual(len(set(cycle[:-1])), len(cycle) - 1,
                         f"{cycle} goes round more than once: list each module of the circle once, then the first again")
        for a, b in zip(cycle, cycle[1:]):
            self.assertIn(b, imports[a], f"In {cycle}, {a} does not import {b}")

    def test_example(self):
        imports = {"app": ["db", "web"], "web": ["auth"], "auth": ["db", "web"], "db": []}
        self.assert_real_cycle(imports, import_cycle(imports))

    def test_shared_import_is_no_circle(self):
        self.assertIsNone(import_cycle({"app": ["db", "web"], "web": ["db"], "db": []}),
                          "app and web both import db: reaching db twice is not a circle")
        diamond = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
        self.assertIsNone(import_cycle(diamond), "Two ways from a to d make no circle")

    def test_small(self):
        self.assertIsNone(import_cycle({}), "No modules: no circle")
        self.assertIsNone(import_cycle({"solo": []}))
        self.assertEqual(import_cycle({"x": ["x"]}), ["x", "x"], "A module that imports itself is a circle ['x', 'x']")

    def test_circle_away_from_start(self):
        imports = {"main": ["util"], "util": ["log"], "log": ["fmt"], "fmt": ["conf"], "conf": ["fmt"]}
        cycle = import_cycle(imports)
        self.assert_real_cycle(imports, cycle)
        self.assertEqual(set(cycle), {"fmt", "conf"},
                         "The circle is fmt -> conf -> fmt; main, util and log lead to it but are not part of it")

    def test_random_graphs(self):
        rng = random.Random(88)
        for _ in range(100):
            names = [f"m{i}" for i in range(8)]
            order = names[:]
            rng.shuffle(order)
            imports = {n: [] for n in names}
            for i, a in enumerate(order):
                for b in order[i + 1:]:
                    if rng.random() < 0.3:
                        imports[a].append(b)
            self.assertIsNone(import_cycle(imports), f"{imports} has no circle: every import goes one way along a line")
            a, b = rng.sample(range(8), 2)
            low, high = min(a, b), max(a, b)
            imports[order[high]].append(order[low])
            has_circle = self_reaches(imports, order[low], order[high])
            if has_circle:
                self.assert_real_cycle(imports, import_cycle(imports))

    def test_big(self):
        names = [f"mod{i:04d}" for i in range(2000)]
        imports = {n: [] for n in names}
        for i in range(2000):
            for step in (1, 2, 3):
                if i + step < 2000 and (i + step) // 500 == i // 500:
                    imports[names[i]].append(names[i + step])
        outcome = {}

        def call():
            try:
                outcome["value"] = import_cycle(imports)
                imports[names[1999]].append(names[1500])
                outcome["second"] = import_cycle(imports)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"2,000 modules took more than {BUDGET_S:g} seconds: a module whose search has finished "
                      "cannot lead to a circle, so keep a set of finished modules and never search them again.")
        if "deep" in outcome:
            self.fail("The search went too deep (`RecursionError`): these paths are at most 500 modules long, "
                      "so a search that stays on each path once is deep enough; look for a search that runs in circles")
        if "error" in outcome:
            raise outcome["error"]
        self.assertIsNone(outcome["value"], "Every import goes to a later module: there is no circle")
        self.assert_real_cycle(imports, outcome["second"])


def self_reaches(imports, start, goal):
    """Whether goal can be reached from start."""
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        for nxt in imports[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


if __name__ == "__main__":
    unittest.main()
