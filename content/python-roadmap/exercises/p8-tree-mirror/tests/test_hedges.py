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

from hedges import TreeNode, is_mirror


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


SLOW = ("compare the two halves in one walk, each node once, instead of "
        "building or comparing copies again and again.")


class MirrorTests(unittest.TestCase):
    def test_examples(self):
        maze = TreeNode(1, TreeNode(2, TreeNode(3), TreeNode(4)), TreeNode(2, TreeNode(4), TreeNode(3)))
        self.assertTrue(is_mirror(maze), "Folded along the middle, the left 3, 4 meet the right 3, 4: symmetric")
        lopsided = TreeNode(1, TreeNode(2, None, TreeNode(3)), TreeNode(2, None, TreeNode(3)))
        self.assertFalse(is_mirror(lopsided),
                         "Both halves are the same, not mirror images: the left 3 would have to hang on the left")

    def test_empty_and_one(self):
        self.assertTrue(is_mirror(None), "An empty maze is symmetric")
        self.assertTrue(is_mirror(TreeNode(7)), "One clearing is symmetric")

    def test_one_side_missing(self):
        self.assertFalse(is_mirror(TreeNode(1, TreeNode(2))), "A path on the left only is not symmetric")
        self.assertFalse(is_mirror(TreeNode(1, None, TreeNode(2))), "A path on the right only is not symmetric")

    def test_plants_count(self):
        self.assertFalse(is_mirror(TreeNode(1, TreeNode(2), TreeNode(3))),
                         "The shape is symmetric but the plants 2 and 3 differ")

    def test_same_halves_are_not_enough(self):
        half = lambda: TreeNode(2, TreeNode(3), TreeNode(4))
        self.assertFalse(is_mirror(TreeNode(1, half(), half())),
                         "Two equal halves 3-2-4 and 3-2-4 are not mirror images: the right one must read 4-2-3")

    def test_big_maze(self):
        maze = complete_tree([5] * 131_071)
        self.assertTrue(in_time(self, SLOW, is_mirror, maze), "A full maze of 131,071 clearings of one plant")
        node = maze
        while node.right is not None:
            node = node.right
        node.value = 6
        self.assertFalse(in_time(self, SLOW, is_mirror, maze),
                         "The same maze with a different plant in the far right corner")


if __name__ == "__main__":
    unittest.main()
