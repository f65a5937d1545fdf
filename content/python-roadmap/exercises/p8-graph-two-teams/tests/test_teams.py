import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run; while it runs, later big cases fail
# at once with the same words instead of piling up beside it.)
BUDGET_S = 10.0
RUNAWAYS = []


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    name = getattr(func, "shown_as", f"`{func.__name__}`")
    if any(worker.is_alive() for worker in RUNAWAYS):
        test.fail(f"{name} is still busy with an earlier input that took more than "
                  f"{BUDGET_S:g} seconds: {slow}")
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except (MemoryError, SystemError):
            # Python reports running out of memory in a thread either way.
            outcome["memory"] = True
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        RUNAWAYS.append(worker)
        test.fail(f"{name} took more than {BUDGET_S:g} seconds: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "memory" in outcome:
        test.fail(f"{name} ran out of memory: {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

from teams import two_teams

SLOW = ("a walk that calls itself for every pupil goes 100,000 calls deep here, and "
        "trying every split is hopeless. Walk breadth-first with a queue "
        "(`collections.deque`), giving each pupil a team once.")


def graph(pairs, alone=()):
    rivals = {name: [] for name in alone}
    for a, b in pairs:
        rivals.setdefault(a, []).append(b)
        rivals.setdefault(b, []).append(a)
    return rivals


def ring(size):
    return graph([(f"p{i}", f"p{(i + 1) % size}") for i in range(size)])


class TwoTeamsTests(unittest.TestCase):
    def test_examples(self):
        self.assertTrue(two_teams(graph([("Ana", "Ben"), ("Ben", "Cas"), ("Cas", "Dan"), ("Dan", "Ana")])),
                        "Ana and Cas against Ben and Dan")
        self.assertFalse(two_teams(graph([("Ana", "Ben"), ("Ben", "Cas"), ("Cas", "Ana")])),
                         "Three pupils who are all rivals cannot be split in two")

    def test_empty_and_alone(self):
        self.assertTrue(two_teams({}), "No pupils: nothing can go wrong, True")
        self.assertTrue(two_teams({"Eve": []}), "One pupil without rivals")
        self.assertTrue(two_teams(graph([], alone=["A", "B", "C"])), "Pupils without rivals fit anywhere")

    def test_every_part_counts(self):
        rivals = graph([("a", "b"), ("x", "y"), ("y", "z"), ("z", "x")], alone=["q"])
        self.assertFalse(two_teams(rivals),
                         "a-b is fine, but x, y, z are a triangle in another part of the graph: look at every part")

    def test_odd_and_even_circles(self):
        self.assertTrue(two_teams(ring(6)), "A circle of 6 rivals alternates A, B, A, B, A, B")
        self.assertFalse(two_teams(ring(5)), "A circle of 5 rivals cannot alternate all the way round")

    def test_a_tree_of_rivals(self):
        self.assertTrue(two_teams(graph([("r", "a"), ("r", "b"), ("a", "c"), ("a", "d"), ("b", "e")])),
                        "Rivalries without any circle can always be split")

    def test_big_school(self):
        self.assertTrue(in_time(self, SLOW, two_teams, ring(100_000)),
                        "A circle of 100,000 rivals: even, so it can be split")
        self.assertFalse(in_time(self, SLOW, two_teams, ring(100_001)),
                         "A circle of 100,001 rivals: odd, so it cannot")


if __name__ == "__main__":
    unittest.main()
