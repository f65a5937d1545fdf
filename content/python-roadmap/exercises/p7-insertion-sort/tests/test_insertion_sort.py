import random
import unittest

from sorting import insertion_sort


class InsertionSortTests(unittest.TestCase):
    def test_small_list(self):
        self.assertEqual(insertion_sort([3, 1, 2]), [1, 2, 3],
                         "insertion_sort([3, 1, 2]) should be [1, 2, 3]")

    def test_empty_and_single(self):
        self.assertEqual(insertion_sort([]), [], "An empty list sorts to an empty list.")
        self.assertEqual(insertion_sort([7]), [7], "One item is already sorted.")

    def test_repeats_and_negatives(self):
        self.assertEqual(insertion_sort([2, -1, 2, 0, -1]), [-1, -1, 0, 2, 2],
                         "Repeated and negative numbers must be kept, in order.")

    def test_already_sorted_and_reversed(self):
        self.assertEqual(insertion_sort([1, 2, 3, 4]), [1, 2, 3, 4])
        self.assertEqual(insertion_sort([4, 3, 2, 1]), [1, 2, 3, 4],
                         "A list in reverse order is the hardest case: every item moves.")

    def test_input_unchanged(self):
        numbers = [3, 1, 2]
        insertion_sort(numbers)
        self.assertEqual(numbers, [3, 1, 2],
                         "Work on a copy: the caller's list must stay as it was.")

    def test_random_lists(self):
        rng = random.Random(7)
        for _ in range(50):
            data = [rng.randint(-20, 20) for _ in range(rng.randint(0, 30))]
            self.assertEqual(insertion_sort(data), sorted(data),
                             f"insertion_sort({data}) is wrong")


if __name__ == "__main__":
    unittest.main()
