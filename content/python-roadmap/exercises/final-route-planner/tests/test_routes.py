import random
import threading
import unittest

from routes import RoadMap

EXAMPLE = "# Swiss roads\nBern Thun 30\nThun Interlaken 28\nBern Luzern 111\nLuzern Interlaken 68\n"
BUDGET_S = 5.0


def route_length(roads, towns):
    total = 0
    for a, b in zip(towns, towns[1:]):
        lengths = [km for town, km in roads.roads.get(a, []) if town == b]
        if not lengths:
            return None
        total += min(lengths)
    return total


class RoadMapTests(unittest.TestCase):
    def test_example(self):
        roads = RoadMap.parse(EXAMPLE)
        self.assertEqual(roads.shortest("Bern", "Interlaken"), (58, ["Bern", "Thun", "Interlaken"]))
        self.assertEqual(roads.shortest("Luzern", "Thun"), (96, ["Luzern", "Interlaken", "Thun"]),
                         "Roads go both ways: Interlaken to Thun uses the road given as 'Thun Interlaken'")
        self.assertIsNone(roads.shortest("Bern", "Zurich"), "An unknown town: return None")

    def test_same_town(self):
        roads = RoadMap.parse(EXAMPLE)
        self.assertEqual(roads.shortest("Thun", "Thun"), (0, ["Thun"]), "From a town to itself: (0, [town])")

    def test_not_fewest_roads(self):
        roads = RoadMap()
        roads.add_road("A", "D", 100)
        roads.add_road("A", "B", 10)
        roads.add_road("B", "C", 10)
        roads.add_road("C", "D", 10)
        self.assertEqual(roads.shortest("A", "D"), (30, ["A", "B", "C", "D"]),
                         "Three short roads (30 km) beat one long road (100 km): count km, not roads")

    def test_no_route(self):
        roads = RoadMap.parse("A B 5\nC D 7\n")
        self.assertIsNone(roads.shortest("A", "D"), "A and D are not connected: return None")

    def test_add_road_checks(self):
        roads = RoadMap()
        with self.assertRaises(ValueError, msg="A road of 0 km must be refused"):
            roads.add_road("A", "B", 0)
        with self.assertRaises(ValueError, msg="A road of negative length must be refused"):
            roads.add_road("A", "B", -4)

    def test_bad_lines(self):
        cases = {
            "two words": ("A B 5\n\nC D\n", "line 3"),
            "km not a number": ("A B five\n", "line 1"),
            "km of 0": ("# map\nA B 0\n", "line 2"),
            "four words": ("A B 5\nA C 5 km\n", "line 2"),
        }
        for what, (text, where) in cases.items():
            with self.assertRaises(ValueError, msg=f"parse must raise ValueError for a line with {what}") as caught:
                RoadMap.parse(text)
            self.assertIn(where, str(caught.exception), f"For {what}, the message must contain '{where}'")

    def test_comments_and_spaces(self):
        roads = RoadMap.parse("\n# header\n   A   B   4  \n  # another\nB C 6")
        self.assertEqual(roads.shortest("A", "C"), (10, ["A", "B", "C"]))

    def test_random_maps(self):
        rng = random.Random(2026)
        for _ in range(40):
            roads = RoadMap()
            towns = [f"T{i}" for i in range(12)]
            for _ in range(25):
                a, b = rng.sample(towns, 2)
                roads.add_road(a, b, rng.randint(1, 20))
            start, goal = rng.sample(towns, 2)
            got = roads.shortest(start, goal)
            expected = slow_shortest(roads, start, goal)
            if expected is None:
                self.assertIsNone(got, f"No route from {start} to {goal} here")
                continue
            self.assertIsNotNone(got, f"There is a route from {start} to {goal}")
            km, path = got
            self.assertEqual(km, expected, f"The shortest route from {start} to {goal} is {expected} km")
            self.assertEqual((path[0], path[-1]), (start, goal), "The towns run from start to goal")
            self.assertEqual(route_length(roads, path), km, f"The towns {path} must be joined by roads adding up to {km} km")

    def test_big_map(self):
        rng = random.Random(7)
        roads = RoadMap()
        for i in range(1, 5_000):
            roads.add_road(f"T{i}", f"T{rng.randrange(i)}", rng.randint(1, 50))
        for _ in range(5_000):
            a, b = rng.sample(range(5_000), 2)
            roads.add_road(f"T{a}", f"T{b}", rng.randint(30, 90))
        outcome = {}

        def call():
            try:
                outcome["value"] = [roads.shortest("T0", f"T{n}") for n in (4_999, 3_456, 777)]
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"Three routes on a map of 5,000 towns took more than {BUDGET_S:g} seconds: take the "
                      "closest unfinished town from a heap (`heapq.heappop`) instead of searching for it each time.")
        if "error" in outcome:
            raise outcome["error"]
        for result in outcome["value"]:
            self.assertIsNotNone(result, "Every town of this map can be reached")
            km, path = result
            self.assertEqual(route_length(roads, path), km)


def slow_shortest(roads, start, goal):
    """Bellman-Ford style: relax every road until nothing changes."""
    best = {start: 0}
    changed = True
    while changed:
        changed = False
        for a, nexts in roads.roads.items():
            if a not in best:
                continue
            for b, km in nexts:
                if b not in best or best[a] + km < best[b]:
                    best[b] = best[a] + km
                    changed = True
    return best.get(goal)


if __name__ == "__main__":
    unittest.main()
