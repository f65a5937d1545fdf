import threading
import unittest

from pointers import has_cycle, middle

BUDGET_S = 3.0


class Link:
    """A node the functions may read but not mark: no attribute can be added."""
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def chain(n, back_to=None):
    """Nodes 0..n-1 linked in order; the last points back to node back_to, if given."""
    nodes = [Link(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if back_to is not None and nodes:
        nodes[-1].next = nodes[back_to]
    return nodes


def links_of(nodes):
    return [node.next for node in nodes]


def run(function, head):
    """function(head) in a thread of its own: ("value", v) or ("stuck", None)."""
    outcome = {}

    def call():
        try:
            outcome["value"] = function(head)
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        return "stuck", None
    if "error" in outcome:
        raise outcome["error"]
    return "value", outcome["value"]


class MiddleTests(unittest.TestCase):
    def test_example(self):
        nodes = chain(5)
        self.assertIs(middle(nodes[0]), nodes[2], "1 -> 2 -> 3 -> 4 -> 5: the middle is the third node")

    def test_even(self):
        nodes = chain(6)
        self.assertIs(middle(nodes[0]), nodes[3],
                      "Six nodes have two middles, the third and the fourth: return the second "
                      "of them (fast stops at None, not on the last node)")
        nodes = chain(2)
        self.assertIs(middle(nodes[0]), nodes[1], "Two nodes: the second is the middle asked for")

    def test_short(self):
        self.assertIsNone(middle(None), "An empty list has no middle: return None")
        nodes = chain(1)
        self.assertIs(middle(nodes[0]), nodes[0], "One node is its own middle")

    def test_many_lengths(self):
        for n in range(1, 60):
            nodes = chain(n)
            before = links_of(nodes)
            self.assertIs(middle(nodes[0]), nodes[n // 2], f"A list of {n} nodes: the middle is node {n // 2} (from 0)")
            self.assertEqual(links_of(nodes), before, "middle must not change the nodes' links")


class CycleTests(unittest.TestCase):
    def check(self, n, back_to, want):
        nodes = chain(n, back_to)
        before = links_of(nodes)
        kind, got = run(has_cycle, nodes[0])
        shape = f"{n} nodes" + (f" whose last node points back to node {back_to}" if back_to is not None else " without a loop")
        if kind == "stuck":
            self.fail(f"has_cycle never finished on {shape}. Walking until None never ends when "
                      "there is a loop: move a slow and a fast pointer, and stop when they meet")
        self.assertEqual(got, want, f"has_cycle on {shape} should be {want}")
        self.assertEqual(links_of(nodes), before, "has_cycle must not change the nodes' links")

    def test_example(self):
        self.check(5, None, False)
        self.check(5, 2, True)

    def test_no_nodes_and_one(self):
        self.assertFalse(has_cycle(None), "An empty list has no loop")
        self.check(1, None, False)
        self.check(1, 0, True)

    def test_loops_of_every_size(self):
        for n in range(2, 40):
            self.check(n, None, False)
            for back in (0, n // 2, n - 1):
                self.check(n, back, True)

    def test_long_loop(self):
        self.check(100000, 1, True)
        self.check(100000, None, False)


if __name__ == "__main__":
    unittest.main()
