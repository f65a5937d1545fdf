import heapq
import random
import threading
import unittest

from cables import cheapest_cables

TOWNS = ["Oslo", "Bergen", "Molde", "Skien", "Voss"]
CABLES = [("Oslo", "Bergen", 9), ("Oslo", "Skien", 2), ("Bergen", "Voss", 3),
          ("Skien", "Bergen", 4), ("Molde", "Voss", 6), ("Oslo", "Molde", 7),
          ("Skien", "Voss", 8)]
BUDGET_S = 6.0


def prim_total(towns, cables):
    """The cheapest total by Prim's algorithm, or None if not connected."""
    if not towns:
        return 0
    links = {t: [] for t in towns}
    for a, b, c in cables:
        links[a].append((c, b))
        links[b].append((c, a))
    seen = {towns[0]}
    heap = list(links[towns[0]])
    heapq.heapify(heap)
    total = 0
    while heap and len(seen) < len(towns):
        c, t = heapq.heappop(heap)
        if t in seen:
            continue
        seen.add(t)
        total += c
        for link in links[t]:
            heapq.heappush(heap, link)
    return total if len(seen) == len(towns) else None


class NetworkTests(unittest.TestCase):
    def check(self, towns, cables):
        got = cheapest_cables(towns, cables)
        want = prim_total(towns, cables)
        if want is None:
            self.assertIsNone(got, "Some towns have no cable path to the others, so they cannot "
                                   "all be connected: return None")
            return
        self.assertIsNotNone(got, "These towns can all be connected; return (total, chosen)")
        total, chosen = got
        for cable in chosen:
            self.assertIn(cable, cables, f"{cable} is not one of the cables given")
        group = {t: t for t in towns}

        def leader(t):
            while group[t] != t:
                t = group[t]
            return t

        for a, b, c in chosen:
            la, lb = leader(a), leader(b)
            self.assertNotEqual(la, lb,
                                f"The cable {(a, b, c)} joins {a} and {b}, which the cables chosen "
                                "before it already connect: it closes a cycle and is wasted money. "
                                "Keep a cable only when find(a) != find(b)")
            group[la] = lb
        self.assertEqual(len({leader(t) for t in towns}), 1,
                         f"The cables chosen, {chosen}, do not connect every town")
        self.assertEqual(sum(c for _, _, c in chosen), total,
                         f"The total {total} is not the sum of the cables chosen")
        self.assertEqual(total, want,
                         f"The cheapest network costs {want}, not {total}: take the cables "
                         "cheapest first")

    def test_example(self):
        total, chosen = cheapest_cables(TOWNS, CABLES)
        self.assertEqual(total, 15, "2 + 3 + 4 + 6 = 15")
        self.assertEqual(sorted(chosen), sorted([("Oslo", "Skien", 2), ("Bergen", "Voss", 3),
                                                 ("Skien", "Bergen", 4), ("Molde", "Voss", 6)]))

    def test_one_town(self):
        self.assertEqual(cheapest_cables(["Oslo"], []), (0, []), "One town needs no cable")

    def test_not_connected(self):
        cables = [("Oslo", "Bergen", 1), ("Molde", "Voss", 2), ("Skien", "Voss", 3)]
        self.assertIsNone(cheapest_cables(TOWNS, cables),
                          "Oslo and Bergen have no cable to the other three towns: return None")
        self.assertIsNone(cheapest_cables(["Oslo", "Bergen"], []),
                          "Two towns and no cable cannot be connected: return None")

    def test_cycle_of_cheap_cables(self):
        towns = ["A", "B", "C", "D"]
        cables = [("A", "B", 1), ("B", "C", 1), ("C", "A", 1), ("C", "D", 5)]
        self.check(towns, cables)

    def test_random(self):
        rng = random.Random(21)
        for _ in range(40):
            n = rng.randint(2, 15)
            towns = [f"t{i}" for i in range(n)]
            cables = []
            for _ in range(rng.randint(n - 2, 3 * n)):
                a, b = rng.sample(towns, 2)
                cables.append((a, b, rng.randint(1, 20)))
            self.check(towns, cables)

    def test_many_towns(self):
        rng = random.Random(2)
        n = 3000
        towns = [f"t{i}" for i in range(n)]
        cables = [(towns[i], towns[rng.randrange(i)], rng.randint(1, 1000)) for i in range(1, n)]
        for _ in range(15000):
            a, b = rng.sample(towns, 2)
            cables.append((a, b, rng.randint(1, 1000)))
        outcome = {}

        def call():
            try:
                outcome["value"] = cheapest_cables(towns, cables)
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"3,000 towns and 18,000 cables took more than {BUDGET_S:g} seconds. Asking "
                      "'already connected?' by searching the chosen cables each time is too slow; "
                      "union-find answers it with a few steps of `find`")
        if "error" in outcome:
            raise outcome["error"]
        total, chosen = outcome["value"]
        self.assertEqual(len(chosen), n - 1, "A network of 3,000 towns has 2,999 cables")
        self.assertEqual(total, prim_total(towns, cables), "Not the cheapest network")


if __name__ == "__main__":
    unittest.main()
