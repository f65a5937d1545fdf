import random
import unittest

from scores import partition, quicksort


class PartitionTests(unittest.TestCase):
    def check_partition(self, scores, low, high):
        before = list(scores)
        pivot = before[(low + high) // 2]
        place = partition(scores, low, high)
        where = f"partition({before}, {low}, {high})"
        self.assertIsInstance(place, int, f"{where} should return the pivot's new position")
        self.assertTrue(low <= place <= high, f"{where} returned {place}, outside {low}..{high}")
        self.assertEqual(sorted(scores), sorted(before),
                         f"{where} lost or added scores: it should only swap them")
        self.assertEqual(scores[:low] + scores[high + 1:], before[:low] + before[high + 1:],
                         f"{where} changed scores outside positions {low}..{high}")
        self.assertEqual(scores[place], pivot,
                         f"{where}: the pivot is the middle item, {pivot}; it should be at the "
                         f"position returned ({place}), but {scores[place]} is there")
        for s in scores[low:place]:
            self.assertGreaterEqual(s, pivot,
                                    f"{where} gave {scores}: {s} is left of the pivot {pivot}, "
                                    "but only bigger scores go left (highest first)")
        for s in scores[place + 1:high + 1]:
            self.assertLessEqual(s, pivot,
                                 f"{where} gave {scores}: {s} is right of the pivot {pivot}, "
                                 "but only smaller scores go right")

    def test_example(self):
        scores = [40, 95, 60, 10, 75]
        self.assertEqual(partition(scores, 0, 4), 2,
                         "The pivot is 60, the middle item; two scores are bigger, so it goes to position 2")
        self.assertEqual(scores[2], 60)

    def test_random_parts(self):
        rng = random.Random(5)
        for _ in range(60):
            scores = [rng.randint(0, 100) for _ in range(rng.randint(1, 20))]
            low = rng.randint(0, len(scores) - 1)
            high = rng.randint(low, len(scores) - 1)
            self.check_partition(scores, low, high)


class QuicksortTests(unittest.TestCase):
    def test_example(self):
        scores = [40, 95, 60, 10, 75]
        result = quicksort(scores, 0, 4)
        self.assertIsNone(result, "quicksort sorts the list it is given and returns None")
        self.assertEqual(scores, [95, 75, 60, 40, 10], "Highest first")

    def test_small(self):
        empty: list[int] = []
        quicksort(empty, 0, -1)
        self.assertEqual(empty, [], "An empty list stays empty")
        one = [5]
        quicksort(one, 0, 0)
        self.assertEqual(one, [5])
        two = [1, 2]
        quicksort(two, 0, 1)
        self.assertEqual(two, [2, 1], "Two scores: the higher one first")

    def test_only_the_part(self):
        scores = [1, 2, 3, 4, 5, 6, 7]
        quicksort(scores, 2, 5)
        self.assertEqual(scores, [1, 2, 6, 5, 4, 3, 7],
                         "quicksort(scores, 2, 5) sorts positions 2 to 5 only")

    def test_random(self):
        rng = random.Random(8)
        for _ in range(40):
            scores = [rng.randint(0, 50) for _ in range(rng.randint(0, 80))]
            expected = sorted(scores, reverse=True)
            original = list(scores)
            quicksort(scores, 0, len(scores) - 1)
            self.assertEqual(scores, expected, f"quicksort on {original} is wrong")

    def sort_big(self, scores, what):
        try:
            quicksort(scores, 0, len(scores) - 1)
        except RecursionError:
            self.fail(f"On {what}, quicksort called itself so deeply that Python stopped it "
                      "(`RecursionError`). That happens when the pivot is the smallest or "
                      "biggest score every time, for example the last item of a list already "
                      "in order. Take the middle item, `(low + high) // 2`, as the pivot")
        self.assertEqual(scores, sorted(scores, reverse=True), f"{what} did not come out sorted")

    def test_already_in_order(self):
        self.sort_big(list(range(3000, 0, -1)), "3,000 scores already highest first")
        self.sort_big(list(range(3000)), "3,000 scores lowest first")


if __name__ == "__main__":
    unittest.main()
