import unittest

from metro import METRO, route


def valid(graph, path):
    return all(b in graph[a] for a, b in zip(path, path[1:]))


class RouteTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(route(METRO, "Harbour", "Zoo"), ["Harbour", "Market", "Park", "Zoo"])

    def test_both_ends_included(self):
        path = route(METRO, "Castle", "Museum")
        self.assertEqual(path[0], "Castle", "The route starts with the start station")
        self.assertEqual(path[-1], "Museum", "The route ends with the goal (did you reverse it?)")
        self.assertEqual(len(path), 3, "Castle, Station, Museum: 3 stations")

    def test_same_station(self):
        self.assertEqual(route(METRO, "Zoo", "Zoo"), ["Zoo"])

    def test_unreachable(self):
        self.assertEqual(route(METRO, "Harbour", "Depot"), [], "The Depot has no tracks: return []")

    def test_long_line(self):
        line = {str(i): [str(i - 1), str(i + 1)] for i in range(1, 999)}
        line["0"] = ["1"]
        line["999"] = ["998"]
        line["0"].append("999")
        path = route(line, "0", "500")
        self.assertTrue(valid(line, path), "Each station on the route must be next to the one before")
        self.assertEqual(len(path), 501, "Going round the other way (0, 999, 998...) is longer")

    def test_shortcut(self):
        graph = {"a": ["b", "c"], "b": ["d"], "c": ["e"], "d": ["e"], "e": []}
        self.assertEqual(route(graph, "a", "e"), ["a", "c", "e"], "BFS finds the fewest stops")


if __name__ == "__main__":
    unittest.main()
