import unittest

from main import Graph


class TestGraph(unittest.TestCase):
    def test_vertices(self):
        g = Graph()
        g.add_vertex("a")
        g.add_vertex("a")
        self.assertEqual(g.vertex_count(), 1)
        self.assertEqual(g.neighbours("a"), [])
        self.assertEqual(g.edge_count(), 0)

    def test_edges_both_ways(self):
        g = Graph()
        g.add_edge("a", "b")
        self.assertEqual(g.neighbours("a"), ["b"])
        self.assertEqual(g.neighbours("b"), ["a"], "an undirected edge goes both ways")
        self.assertEqual(g.edge_count(), 1, "count each edge once")

    def test_repeat_edge(self):
        g = Graph()
        g.add_edge("a", "b")
        g.add_edge("b", "a")
        self.assertEqual(g.edge_count(), 1, "the same edge twice is still one edge")

    def test_self_loop(self):
        with self.assertRaises(ValueError):
            Graph().add_edge("a", "a")

    def test_remove_edge(self):
        g = Graph.from_edges([("a", "b"), ("b", "c")])
        g.remove_edge("b", "a")
        self.assertEqual(g.neighbours("a"), [])
        self.assertEqual(g.neighbours("b"), ["c"])
        self.assertEqual(g.vertex_count(), 3, "removing an edge keeps the vertices")
        with self.assertRaises(KeyError):
            g.remove_edge("a", "c")
        with self.assertRaises(KeyError):
            g.remove_edge("x", "y")

    def test_neighbours_sorted_and_degree(self):
        g = Graph.from_edges([("m", "z"), ("m", "a"), ("m", "k")])
        self.assertEqual(g.neighbours("m"), ["a", "k", "z"])
        self.assertEqual(g.degree("m"), 3)
        with self.assertRaises(KeyError):
            g.neighbours("nobody")

    def test_from_edges_is_classmethod(self):
        self.assertIsInstance(Graph.__dict__.get("from_edges"), classmethod, "mark from_edges with @classmethod")


if __name__ == "__main__":
    unittest.main()
