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

import random

from catalogue import TreeNode, meeting_point

SLOW = ("looking through the whole tree for every question is far too slow. "
        "Use the search-tree rule: while both keys are smaller, go left; while both "
        "are bigger, go right.")


def from_sorted(keys):
    """A balanced BST of the sorted keys, built without recursion."""
    if not keys:
        return None
    root = TreeNode(0)
    jobs = [(root, 0, len(keys))]
    while jobs:
        node, low, high = jobs.pop()
        middle = (low + high) // 2
        node.key = keys[middle]
        if low < middle:
            node.left = TreeNode(0)
            jobs.append((node.left, low, middle))
        if middle + 1 < high:
            node.right = TreeNode(0)
            jobs.append((node.right, middle + 1, high))
    return root


def search_path(root, key):
    """The keys a search for `key` visits, from the root."""
    visited = []
    node = root
    while node is not None:
        visited.append(node.key)
        node = node.left if key < node.key else node.right if key > node.key else None
    return visited


def shelf():
    return TreeNode(6, TreeNode(2, TreeNode(0), TreeNode(4, TreeNode(3), TreeNode(5))),
                    TreeNode(8, TreeNode(7), TreeNode(9)))


def many_questions(root, questions):
    return [meeting_point(root, a, b) for a, b in questions]


many_questions.shown_as = "Answering 20,000 questions with `meeting_point`"


class MeetingPointTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(meeting_point(shelf(), 2, 8), 6, "2 goes left at 6, 8 goes right: they part at 6")
        self.assertEqual(meeting_point(shelf(), 3, 5), 4, "3 and 5 both pass 6 and 2, then part at 4")
        self.assertEqual(meeting_point(shelf(), 2, 5), 2, "The search for 2 ends at 2, which the search for 5 passes")

    def test_order_does_not_matter(self):
        self.assertEqual(meeting_point(shelf(), 8, 2), 6, "a may be bigger than b")
        self.assertEqual(meeting_point(shelf(), 9, 7), 8)

    def test_same_key(self):
        self.assertEqual(meeting_point(shelf(), 5, 5), 5, "Two searches for 5 never part: the answer is 5")
        self.assertEqual(meeting_point(TreeNode(1), 1, 1), 1, "A tree of one key")

    def test_root_and_deep(self):
        self.assertEqual(meeting_point(shelf(), 6, 3), 6, "One of the keys is the root")
        self.assertEqual(meeting_point(shelf(), 0, 9), 6)

    def test_big_catalogue(self):
        keys = list(range(0, 262_142, 2))
        root = from_sorted(keys)
        rng = random.Random(4)
        questions = [(rng.choice(keys), rng.choice(keys)) for _ in range(20_000)]
        answers = in_time(self, SLOW, many_questions, root, questions)
        self.assertEqual(len(answers), 20_000)
        for (a, b), answer in zip(questions, answers):
            self.assertTrue(min(a, b) <= answer <= max(a, b) and answer in search_path(root, a)
                            and answer in search_path(root, b),
                            f"In a tree of 131,071 keys, {answer} is not where the searches for "
                            f"{a} and {b} part")


if __name__ == "__main__":
    unittest.main()
