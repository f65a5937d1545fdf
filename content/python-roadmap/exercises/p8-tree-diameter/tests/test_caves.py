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

from caves import TreeNode, longest_walk


def complete_tree(values):
    """A complete tree of TreeNodes, built without recursion: the children of
    values[i] are values[2i + 1] and values[2i + 2]."""
    nodes = [TreeNode(v) for v in values]
    for i, node in enumerate(nodes):
        if 2 * i + 1 < len(nodes):
            node.left = nodes[2 * i + 1]
        if 2 * i + 2 < len(nodes):
            node.right = nodes[2 * i + 2]
    return nodes[0] if nodes else None


SLOW = ("working out the height again at every cave walks the same passages "
        "over and over. Let one recursive function return a part's height and "
        "update the best walk on the way, so that each cave is visited once.")


def example():
    return TreeNode(1, TreeNode(2, TreeNode(4, TreeNode(6)), TreeNode(5, None, TreeNode(7))), TreeNode(3))


class LongestWalkTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(longest_walk(example()), 4, "6 - 4 - 2 - 5 - 7 is four passages")

    def test_empty_and_one(self):
        self.assertEqual(longest_walk(None), 0, "An empty map: 0")
        self.assertEqual(longest_walk(TreeNode(1)), 0, "One cave: no passage to walk")
        self.assertEqual(longest_walk(TreeNode(1, TreeNode(2))), 1, "Two caves: one passage")

    def test_one_long_passage(self):
        cave = TreeNode(1, TreeNode(2, None, TreeNode(3, TreeNode(4))))
        self.assertEqual(longest_walk(cave), 3, "Four caves in a line: three passages")

    def test_walk_avoids_the_entrance(self):
        deep = TreeNode(2, TreeNode(3, TreeNode(4, TreeNode(5))), TreeNode(6, None, TreeNode(7, TreeNode(8))))
        cave = TreeNode(1, deep)
        self.assertEqual(longest_walk(cave), 6,
                         "The longest walk, 5-4-3-2-6-7-8, turns at cave 2 and never reaches the entrance")

    def test_big_cave(self):
        spine = [TreeNode(0) for _ in range(600)]
        for i in range(600):
            if i + 1 < 600:
                spine[i].left = spine[i + 1]
            spine[i].right = complete_tree([1] * 255)
        self.assertEqual(in_time(self, SLOW, longest_walk, spine[0]), 615,
                         "A main passage of 600 caves, each with a side cave system of 255 caves")


if __name__ == "__main__":
    unittest.main()
