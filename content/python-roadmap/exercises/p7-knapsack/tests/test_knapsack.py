import random
import threading
import unittest

from knapsack import best_pack

EXAMPLE = [("tent", 6, 30), ("stove", 3, 14), ("camera", 4, 16), ("book", 2, 9)]
BUDGET_S = 8.0


def brute(items, capacity):
    best = 0
    for mask in range(1 << len(items)):
        weight = value = 0
        for i, (_, w, v) in enumerate(items):
            if mask >> i & 1:
                weight += w
                value += v
        if weight <= capacity:
            best = max(best, value)
    return best


def table(items, capacity):
    row = [0] * (capacity + 1)
    for _, w, v in items:
        for c in range(capacity, w - 1, -1):
            row[c] = max(row[c], row[c - w] + v)
    return row[capacity]


class KnapsackTests(unittest.TestCase):
    def check(self, items, capacity, want):
        got = best_pack(items, capacity)
        where = f"best_pack({items}, {capacity})"
        self.assertIsInstance(got, tuple, f"{where} should return a tuple (value, names)")
        value, names = got
        self.assertEqual(value, want, f"{where}: the best value is {want}, not {value}")
        by_name = {name: (w, v) for name, w, v in items}
        for name in names:
            self.assertIn(name, by_name, f"{where}: {name!r} is not one of the items")
        self.assertEqual(len(set(names)), len(names), f"{where}: each item can be taken only once")
        order = [name for name, _, _ in items if name in names]
        self.assertEqual(names, order, f"{where}: list the names in the order the items are given")
        weight = sum(by_name[n][0] for n in names)
        self.assertLessEqual(weight, capacity,
                             f"{where}: {names} weigh {weight} kg, more than the {capacity} kg that fit")
        self.assertEqual(sum(by_name[n][1] for n in names), value,
                         f"{where}: the items {names} are worth {sum(by_name[n][1] for n in names)}, "
                         f"but you say {value}; walk back through the table to find the items")

    def test_example(self):
        self.assertEqual(best_pack(EXAMPLE, 10), (46, ["tent", "camera"]),
                         "Best value per kilogram first gives only 44 (tent + stove); "
                         "tent + camera fill the 10 kg exactly: 46")

    def test_edges(self):
        self.assertEqual(best_pack(EXAMPLE, 1), (0, []), "Nothing weighs 1 kg or less: (0, [])")
        self.assertEqual(best_pack([], 5), (0, []), "No items: (0, [])")
        self.check(EXAMPLE, 15, 69)

    def test_exactly_full(self):
        items = [("a", 5, 10), ("b", 4, 40), ("c", 6, 30), ("d", 3, 50)]
        self.check(items, 10, 90)

    def test_random_small(self):
        rng = random.Random(17)
        for _ in range(40):
            items = [(f"i{k}", rng.randint(1, 12), rng.randint(1, 30)) for k in range(rng.randint(1, 9))]
            capacity = rng.randint(0, 30)
            self.check(items, capacity, brute(items, capacity))

    def test_forty_items(self):
        rng = random.Random(40)
        items = [(f"item{k}", rng.randint(10, 120), rng.randint(5, 200)) for k in range(40)]
        outcome = {}

        def call():
            try:
                outcome["value"] = best_pack(items, 1000)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"40 items and 1,000 kg took more than {BUDGET_S:g} seconds. Trying every "
                      "combination means 2 ** 40 (about a million million) of them; a table of "
                      "41 rows by 1,001 columns is some 41,000 entries")
        if "deep" in outcome:
            self.fail("Your function called itself too deeply (`RecursionError`): fill a table "
                      "row by row instead")
        if "error" in outcome:
            raise outcome["error"]
        self.check(items, 1000, table(items, 1000))


if __name__ == "__main__":
    unittest.main()
