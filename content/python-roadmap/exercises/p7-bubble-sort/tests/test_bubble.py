import random
import unittest

from bubble import bubble_sort

COMPARED = [0]


class Age(int):
    """An age that counts how often it is compared."""

    def __gt__(self, other):
        COMPARED[0] += 1
        return int(self) > int(other)

    def __lt__(self, other):
        COMPARED[0] += 1
        return int(self) < int(other)

    def __ge__(self, other):
        COMPARED[0] += 1
        return int(self) >= int(other)

    def __le__(self, other):
        COMPARED[0] += 1
        return int(self) <= int(other)


def by_age(people):
    # Python's own sort is stable: the answer a stable sort must give.
    return sorted(people, key=lambda person: person[1])


class BubbleSortTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(bubble_sort([("Ada", 36), ("Bob", 30), ("Cy", 25), ("Dee", 30)]),
                         [("Cy", 25), ("Bob", 30), ("Dee", 30), ("Ada", 36)],
                         "Youngest first; Bob and Dee are both 30 and Bob came first, so Bob "
                         "stays before Dee (a stable sort swaps only when the left age is "
                         "strictly bigger)")

    def test_empty_and_one(self):
        self.assertEqual(bubble_sort([]), [], "An empty club sorts to an empty list")
        self.assertEqual(bubble_sort([("Eve", 40)]), [("Eve", 40)], "One person is already in order")

    def test_stable(self):
        people = [("Bob", 30), ("Ann", 30), ("Zed", 20), ("Cat", 30)]
        got = bubble_sort(people)
        self.assertEqual([age for _, age in got], [20, 30, 30, 30], "Not sorted by age")
        self.assertEqual(got, [("Zed", 20), ("Bob", 30), ("Ann", 30), ("Cat", 30)],
                         "Bob, Ann and Cat are all 30 and came in that order, so they must stay "
                         "in that order: the sort must be stable. Swap only when the left age is "
                         "strictly bigger (`>`, not `>=`)")

    def test_input_unchanged(self):
        people = [("Bob", 30), ("Zed", 20)]
        bubble_sort(people)
        self.assertEqual(people, [("Bob", 30), ("Zed", 20)],
                         "bubble_sort must return a new list and leave the one it was given alone")

    def test_random(self):
        rng = random.Random(7)
        for _ in range(40):
            people = [(f"p{i}", rng.randint(18, 25)) for i in range(rng.randint(0, 30))]
            self.assertEqual(bubble_sort(people), by_age(people),
                             f"bubble_sort({people}) is wrong (sorted by age, ties in their first order)")

    def test_stops_early(self):
        people = [(f"p{i}", Age(20 + i)) for i in range(60)]
        COMPARED[0] = 0
        got = bubble_sort(people)
        self.assertEqual(got, people, "A list already in order should come back the same")
        self.assertLessEqual(COMPARED[0], 2 * 59,
                             f"60 people already in order: your sort compared ages {COMPARED[0]} "
                             "times, but one pass (59 comparisons) finds nothing to swap. "
                             "Stop after a pass that made no swap")

    def test_reversed_still_sorts(self):
        people = [(f"p{i}", 80 - i) for i in range(50)]
        self.assertEqual(bubble_sort(people), by_age(people),
                         "A list in reverse order needs many passes: do not stop too soon")


if __name__ == "__main__":
    unittest.main()
