import random
import unittest

from drive import ROADS, shortest_drive


def route_length(roads, route):
    total = 0
    for a, b in zip(route, route[1:]):
        lengths = [km for town, km in roads[a] if town == b]
        if not lengths:
            return None
        total += min(lengths)
    return total


def brute(roads, start, goal):
    # Bellman-Ford style relaxation: slow but simple, for checking.
    dist = {start: 0}
    for _ in range(len(roads)):
        for town, edges in roads.items():
            if town in dist:
                for n, km in edges:
                    if n not in dist or dist[town] + km < dist[n]:
                        dist[n] = dist[town] + km
    return dist.get(goal, -1)


class DriveTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(shortest_drive(ROADS, "Ashford", "Dover"),
                         (9, ["Ashford", "Canterbury", "Barham", "Dover"]),
                         "Three short roads (3 + 2 + 4) beat the direct ones")

    def test_one_way(self):
        km, route = shortest_drive(ROADS, "Dover", "Canterbury")
        self.assertEqual(km, 17, "Dover -> Folkestone -> Ashford -> Canterbury: roads are one-way")
        self.assertEqual(route, ["Dover", "Folkestone", "Ashford", "Canterbury"])

    def test_start_is_goal(self):
        self.assertEqual(shortest_drive(ROADS, "Barham", "Barham"), (0, ["Barham"]))

    def test_unreachable(self):
        self.assertEqual(shortest_drive(ROADS, "Ashford", "Eastry"), (-1, []))

    def test_random_maps(self):
        rng = random.Random(9)
        for _ in range(30):
            towns = [f"t{i}" for i in range(12)]
            roads = {t: [] for t in towns}
            for _ in range(30):
                a, b = rng.sample(towns, 2)
                roads[a].append((b, rng.randint(1, 20)))
            km, route = shortest_drive(roads, "t0", "t11")
            self.assertEqual(km, brute(roads, "t0", "t11"), "Not the shortest distance")
            if km >= 0:
                self.assertEqual(route_length(roads, route), km, f"The route {route} does not add up to {km}")


if __name__ == "__main__":
    unittest.main()
