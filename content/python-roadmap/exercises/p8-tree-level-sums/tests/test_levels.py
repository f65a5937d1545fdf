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

from levels import TreeNode, level_sums


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


SLOW = ("this chart is 50,000 levels deep, far too deep for a function that calls itself. "
        "Walk it level by level with a queue (`collections.deque`).")


class LevelSumTests(unittest.TestCase):
    def test_example(self):
        chart = TreeNode(9, TreeNode(4, TreeNode(2), None), TreeNode(5, None, TreeNode(3)))
        self.assertEqual(level_sums(chart), [9, 9, 5])

    def test_empty_and_one(self):
        self.assertEqual(level_sums(None), [], "An empty chart has no levels: []")
        self.assertEqual(level_sums(TreeNode(7)), [7], "One person: one level")

    def test_one_sided(self):
        chart = TreeNode(1, None, TreeNode(2, TreeNode(3, None, TreeNode(4))))
        self.assertEqual(level_sums(chart), [1, 2, 3, 4], "A chart that zigzags down has one person per level")

    def test_far_apart_on_one_level(self):
        chart = TreeNode(1, TreeNode(2, TreeNode(4), None), TreeNode(3, None, TreeNode(5)))
        self.assertEqual(level_sums(chart), [1, 5, 9],
                         "4 and 5 have different bosses but are on the same level: 4 + 5")

    def test_big_chart(self):
        chart = complete_tree([1] * 131_071)
        self.assertEqual(in_time(self, SLOW, level_sums, chart), [2 ** level for level in range(17)],
                         "A full chart of 17 levels: level k has 2 ** k people earning 1")

    def test_very_deep_chart(self):
        root = TreeNode(0)
        node = root
        for level in range(1, 50_000):
            node.left = TreeNode(level)
            node = node.left
        self.assertEqual(in_time(self, SLOW, level_sums, root), list(range(50_000)),
                         "A chart that is one long line of 50,000 people")


if __name__ == "__main__":
    unittest.main()
