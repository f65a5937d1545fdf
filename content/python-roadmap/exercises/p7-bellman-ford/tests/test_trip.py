import random
import threading
import unittest

from trip import cheapest_trip

TOWNS = ["Ayr", "Bath", "Cork", "Dale", "Ely"]
LEGS = [("Ayr", "Ely", 5), ("Ayr", "Bath", 2), ("Bath", "Cork", 4),
        ("Cork", "Ely", -6), ("Ely", "Dale", 1)]


BUDGET_S = 5.0


def outcome_of(towns, legs, start, goal):
    """Run cheapest_trip in a thread of its own: ("raised", error), ("value", v),
    ("stuck", None) or ("memory", None), so that a trip that never ends is
    explained in the test's own words."""
    outcome = {}

    def call():
        try:
            outcome["value"] = cheapest_trip(towns, legs, start, goal)
        except ValueError as error:
            outcome["raised"] = error
        except MemoryError:
            outcome["memory"] = None

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        return "stuck", None
    for kind in ("raised", "value", "memory"):
        if kind in outcome:
            return kind, outcome[kind]
    return "error", None


def route_cost(legs, route):
    total = 0
    for a, b in zip(route, route[1:]):
        costs = [c for x, y, c in legs if x == a and y == b]
        if not costs:
            return None
        total += min(costs)
    return total


def reference(towns, legs, start):
    """Cheapest costs by repeated relaxation, and whether a cycle is negative."""
    best = {start: 0}
    for _ in range(len(towns)):
        for a, b, c in legs:
            if a in best and (b not in best or best[a] + c < best[b]):
                best[b] = best[a] + c
    return best


class TripTests(unittest.TestCase):
    def check(self, towns, legs, start, goal, cost):
        got = cheapest_trip(towns, legs, start, goal)
        where = f"cheapest_trip(..., {start!r}, {goal!r})"
        if cost is None:
            self.assertIsNone(got, f"{where}: {goal} cannot be reached from {start}, so return None")
            return
        self.assertIsNotNone(got, f"{where}: {goal} can be reached, for {cost}")
        got_cost, route = got
        self.assertEqual(got_cost, cost, f"{where} should cost {cost}, not {got_cost}")
        self.assertEqual(route[0], start, f"{where}: the route {route} should begin at {start}")
        self.assertEqual(route[-1], goal, f"{where}: the route {route} should end at {goal}")
        self.assertEqual(route_cost(legs, route), cost,
                         f"{where}: the route {route} does not use legs that add up to {cost}")

    def test_example(self):
        self.check(TOWNS, LEGS, "Ayr", "Dale", 1)

    def test_negative_leg_beats_greedy(self):
        # Dijkstra would finish Ely at 5 before it ever sees the paying leg.
        self.check(TOWNS, LEGS, "Ayr", "Ely", 0)

    def test_same_town_and_unreachable(self):
        self.check(TOWNS, LEGS, "Cork", "Cork", 0)
        self.check(TOWNS, LEGS, "Dale", "Ayr", None)

    def test_negative_cycle(self):
        legs = LEGS + [("Dale", "Cork", 3)]          # Cork -> Ely -> Dale -> Cork: -6 + 1 + 3 = -2
        for goal in ("Dale", "Bath"):
            kind, value = outcome_of(TOWNS, legs, "Ayr", goal)
            if kind in ("stuck", "memory"):
                self.fail(f"cheapest_trip(..., 'Ayr', {goal!r}) never finished: with a negative "
                          "cycle, the towns' `came_from` go round the cycle and rebuilding the "
                          "route never reaches the start. Look for the cycle first: one more "
                          "round after the len(towns) - 1 rounds; if it still improves a town, "
                          "raise ValueError")
            self.assertEqual(kind, "raised",
                             f"cheapest_trip(..., 'Ayr', {goal!r}) returned {value}. But "
                             "Cork -> Ely -> Dale -> Cork adds up to -6 + 1 + 3 = -2, a negative "
                             "cycle that Ayr can reach, so there is no cheapest trip. A negative "
                             "cycle not reported: after len(towns) - 1 rounds, one more round "
                             "that still improves a town means a cycle; raise ValueError")

    def test_cycle_out_of_reach(self):
        # The loop Cork -> Ely -> Dale -> Cork is negative, but Ayr only reaches Bath.
        legs = [("Ayr", "Bath", 2), ("Cork", "Ely", -6), ("Ely", "Dale", 1), ("Dale", "Cork", 3)]
        try:
            self.check(TOWNS, legs, "Ayr", "Bath", 2)
        except ValueError:
            self.fail("The negative cycle Cork -> Ely -> Dale -> Cork cannot be reached from Ayr, "
                      "so it does not matter: only legs that start at a town already reached "
                      "(in `best`) can improve anything")

    def test_zero_cycle_is_fine(self):
        legs = [("Ayr", "Bath", 1), ("Bath", "Cork", 2), ("Cork", "Bath", -2), ("Cork", "Dale", 1)]
        self.check(TOWNS, legs, "Ayr", "Dale", 4)

    def test_random_maps(self):
        rng = random.Random(4)
        for _ in range(40):
            towns = [f"t{i}" for i in range(10)]
            order = towns[:]
            rng.shuffle(order)
            legs = []
            for _ in range(22):
                i, j = sorted(rng.sample(range(10), 2))
                # legs only go "forward" in a hidden order: no cycle at all
                legs.append((order[i], order[j], rng.randint(-8, 12)))
            rng.shuffle(legs)
            best = reference(towns, legs, "t0")
            for goal in towns:
                self.check(towns, legs, "t0", goal, best.get(goal))

    def test_long_chain_needs_all_rounds(self):
        towns = [f"s{i}" for i in range(12)]
        legs = [(towns[i], towns[i + 1], -1) for i in range(11)]
        legs.reverse()                                  # the worst order for one round
        got = cheapest_trip(towns, legs, "s0", "s11")
        self.assertIsNotNone(got, "s11 can be reached from s0 along the chain")
        self.assertEqual(got[0], -11,
                         "A chain of 11 legs, listed last leg first: each round over the legs "
                         "only gets one town further along it, so it takes 11 rounds. Do "
                         "len(towns) - 1 rounds, not fewer")
        self.check(towns, legs, "s0", "s11", -11)


if __name__ == "__main__":
    unittest.main()
