import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run.)
BUDGET_S = 3.0


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except BaseException as error:
            outcome["error"] = error

    name = getattr(func, "shown_as", f"`{func.__name__}`")
    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        test.fail(f"{name} took more than {BUDGET_S:g} seconds on a big input: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

from trails import TreeNode, count_paths


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


SLOW = ("visit each station once, carrying the drop so far down the tree, "
        "instead of building every run again from the top.")


class PathSumTests(unittest.TestCase):
    def example(self):
        return TreeNode(5, TreeNode(4, TreeNode(11), TreeNode(2)), TreeNode(8, TreeNode(7)))

    def test_example(self):
        self.assertEqual(count_paths(self.example(), 20), 2, "5 + 4 + 11 and 5 + 8 + 7 both total 20")

    def test_other_targets(self):
        self.assertEqual(count_paths(self.example(), 11), 1, "Only 5 + 4 + 2 totals 11")
        self.assertEqual(count_paths(self.example(), 13), 0,
                         "5 + 8 is 13, but the run goes on below 8: only whole runs to a leaf count")
        self.assertEqual(count_paths(self.example(), 9), 0,
                         "5 + 4 is 9, but the run goes on below 4: only whole runs to a leaf count")

    def test_empty_and_one(self):
        self.assertEqual(count_paths(None, 0), 0, "An empty map has no runs, not even one of 0 metres")
        self.assertEqual(count_paths(TreeNode(7), 7), 1, "A map of one station is one run")
        self.assertEqual(count_paths(TreeNode(7), 8), 0)

    def test_one_child_is_not_a_leaf(self):
        resort = TreeNode(3, TreeNode(2), None)
        self.assertEqual(count_paths(resort, 3), 0,
                         "The top has a slope below it (on the left), so a run cannot stop there")
        self.assertEqual(count_paths(resort, 5), 1)

    def test_zero_drops(self):
        resort = TreeNode(2, TreeNode(0, TreeNode(0), TreeNode(1)), TreeNode(0))
        self.assertEqual(count_paths(resort, 2), 2,
                         "Slopes of 0 metres still lead somewhere: 2+0+0 and 2+0 both total 2")

    def test_big_resort(self):
        resort = complete_tree([1] * 65_535)
        self.assertEqual(in_time(self, SLOW, count_paths, resort, 16), 32_768,
                         "A full map of 16 levels with drops of 1: all 32,768 runs total 16")
        self.assertEqual(in_time(self, SLOW, count_paths, resort, 15), 0,
                         "No run stops after 15 stations: all of them go on to level 16")


if __name__ == "__main__":
    unittest.main()
