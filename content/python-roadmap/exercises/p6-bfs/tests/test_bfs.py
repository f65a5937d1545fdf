import unittest

from main import Graph, shortest_path, underground


class TestShortestPath(unittest.TestCase):
    def test_short_route_wins(self):
        self.assertEqual(shortest_path(underground(), "Angel", "Dock"), ["Angel", "Bank", "Cross", "Dock"],
                         "3 stops via Bank beat 4 via Elm")

    def test_same_station(self):
        self.assertEqual(shortest_path(underground(), "Elm", "Elm"), ["Elm"])

    def test_no_route(self):
        self.assertIsNone(shortest_path(underground(), "Angel", "Fen"))

    def test_unknown(self):
        with self.assertRaises(KeyError):
            shortest_path(underground(), "Angel", "Nowhere")

    def test_cycle_does_not_loop(self):
        g = Graph.from_edges([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
        self.assertEqual(shortest_path(g, "a", "d"), ["a", "c", "d"])

    def test_ties_sorted(self):
        g = Graph.from_edges([("s", "y"), ("s", "x"), ("x", "t"), ("y", "t")])
        self.assertEqual(shortest_path(g, "s", "t"), ["s", "x", "t"], "go through neighbours in sorted order")

    def test_long_line(self):
        g = Graph.from_edges([(str(i), str(i + 1)) for i in range(500)])
        path = shortest_path(g, "0", "500")
        self.assertEqual(len(path), 501)


if __name__ == "__main__":
    unittest.main()
