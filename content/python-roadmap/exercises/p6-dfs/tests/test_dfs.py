import unittest

from main import Graph, components, has_cycle


class TestComponents(unittest.TestCase):
    def test_components(self):
        g = Graph.from_edges([("x", "y"), ("b", "a"), ("y", "z")])
        g.add_vertex("m")
        self.assertEqual(components(g), [["a", "b"], ["m"], ["x", "y", "z"]])

    def test_empty(self):
        self.assertEqual(components(Graph()), [])

    def test_one_big(self):
        g = Graph.from_edges([(str(i), str(i + 1)) for i in range(2000)])
        self.assertEqual(len(components(g)), 1, "use a stack, not recursion: 2000 deep would overflow Python's call stack")


class TestCycle(unittest.TestCase):
    def test_tree_has_no_cycle(self):
        g = Graph.from_edges([("a", "b"), ("a", "c"), ("c", "d")])
        self.assertFalse(has_cycle(g), "going back along the edge you came by is not a cycle")

    def test_triangle(self):
        self.assertTrue(has_cycle(Graph.from_edges([("a", "b"), ("b", "c"), ("c", "a")])))

    def test_cycle_in_second_component(self):
        g = Graph.from_edges([("a", "b"), ("x", "y"), ("y", "z"), ("z", "x")])
        self.assertTrue(has_cycle(g), "check every component, not only the first")

    def test_empty(self):
        self.assertFalse(has_cycle(Graph()))


if __name__ == "__main__":
    unittest.main()
