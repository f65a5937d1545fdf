import itertools
import random
import unittest

from meetings import schedule


def fits(chosen):
    chosen = sorted(chosen)
    return all(a[1] <= b[0] for a, b in zip(chosen, chosen[1:]))


def best_count(meetings):
    for size in range(len(meetings), 0, -1):
        for combo in itertools.combinations(meetings, size):
            if fits(combo):
                return size
    return 0


class ScheduleTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(schedule([(9, 12), (10, 11), (11, 13), (13, 14)]),
                         [(10, 11), (11, 13), (13, 14)])

    def test_touching_is_fine(self):
        self.assertEqual(schedule([(1, 2), (2, 3)]), [(1, 2), (2, 3)],
                         "A meeting may start exactly when the previous one ends (use >=)")

    def test_long_meeting_trap(self):
        self.assertEqual(schedule([(0, 10), (1, 2), (3, 4)]), [(1, 2), (3, 4)],
                         "Starting with the earliest START is a trap: sort by END")

    def test_shortest_trap(self):
        self.assertEqual(len(schedule([(1, 5), (4, 7), (6, 10)])), 2,
                         "Picking the shortest meeting first is a trap: sort by END")

    def test_empty(self):
        self.assertEqual(schedule([]), [])

    def test_random_against_brute_force(self):
        rng = random.Random(5)
        for _ in range(60):
            meetings = []
            for _ in range(rng.randint(1, 8)):
                start = rng.randint(0, 20)
                meetings.append((start, start + rng.randint(1, 6)))
            kept = schedule(meetings)
            self.assertTrue(fits(kept), f"{kept} has overlapping meetings")
            self.assertEqual(kept, sorted(kept), "Return the meetings in the order they happen")
            self.assertEqual(len(kept), best_count(meetings), f"Not the most meetings for {meetings}")


if __name__ == "__main__":
    unittest.main()
