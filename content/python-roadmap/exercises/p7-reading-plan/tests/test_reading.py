import random
import unittest

import reading

MAX_CALLS = 100


class TooManyGuesses(Exception):
    pass


def days_needed(chapters, limit):
    used, today = 1, 0
    for pages in chapters:
        if today + pages > limit:
            used, today = used + 1, 0
        today += pages
    return used


def slow_answer(chapters, days):
    limit = max(chapters)
    while days_needed(chapters, limit) > days:
        limit += 1
    return limit


class FitsTests(unittest.TestCase):
    def test_example(self):
        chapters = [30, 10, 40, 20, 50]
        self.assertTrue(reading.fits(chapters, 60, 3),
                        "With 60 pages a day: 30 + 10, then 40 + 20, then 50: three days")
        self.assertFalse(reading.fits(chapters, 59, 3),
                         "With 59 pages a day: 30 + 10, 40, 20, 50: four days, one too many")

    def test_chapter_too_long(self):
        self.assertFalse(reading.fits([10, 80, 10], 50, 10),
                         "A chapter of 80 pages can never be read under a limit of 50, however many days")

    def test_random(self):
        rng = random.Random(31)
        for _ in range(60):
            chapters = [rng.randint(1, 40) for _ in range(rng.randint(1, 12))]
            limit = rng.randint(max(chapters), sum(chapters))
            days = rng.randint(1, len(chapters))
            want = days_needed(chapters, limit) <= days
            self.assertEqual(reading.fits(chapters, limit, days), want,
                             f"fits({chapters}, {limit}, {days}) should be {want}: fill each day "
                             "with whole chapters until the next one would go over the limit")


class SmallestLimitTests(unittest.TestCase):
    def setUp(self):
        self.real_fits = reading.fits
        self.calls = 0

        def counting_fits(chapters, limit, days):
            self.calls += 1
            if self.calls > MAX_CALLS:
                raise TooManyGuesses()
            return self.real_fits(chapters, limit, days)

        reading.fits = counting_fits

    def tearDown(self):
        reading.fits = self.real_fits

    def answer(self, chapters, days):
        self.calls = 0
        try:
            return reading.smallest_limit(chapters, days)
        except TooManyGuesses:
            self.fail(f"smallest_limit called fits more than {MAX_CALLS} times for {len(chapters)} "
                      "chapters. Trying the limits one by one is too slow; halve the range "
                      "low..high with each guess, as binary search does")

    def test_example(self):
        self.assertEqual(self.answer([30, 10, 40, 20, 50], 3), 60,
                         "59 pages a day needs four days; 60 is the smallest limit for three")

    def test_edges(self):
        self.assertEqual(self.answer([30, 10, 40, 20, 50], 1), 150,
                         "In one day you must read the whole book: 150 pages")
        self.assertEqual(self.answer([30, 10, 40, 20, 50], 5), 50,
                         "With a day per chapter, the longest chapter (50) sets the limit")
        self.assertEqual(self.answer([30, 10, 40, 20, 50], 9), 50,
                         "More days than chapters: still the longest chapter, 50")
        self.assertEqual(self.answer([7], 2), 7, "One chapter of 7 pages: 7")

    def test_random(self):
        rng = random.Random(37)
        for _ in range(40):
            chapters = [rng.randint(1, 60) for _ in range(rng.randint(1, 15))]
            days = rng.randint(1, len(chapters) + 1)
            want = slow_answer(chapters, days)
            self.assertEqual(self.answer(chapters, days), want,
                             f"smallest_limit({chapters}, {days}) should be {want}")

    def test_big_book(self):
        rng = random.Random(41)
        chapters = [rng.randint(1, 1_000_000) for _ in range(2000)]
        got = self.answer(chapters, 7)
        self.assertTrue(self.real_fits(chapters, got, 7), f"{got} pages a day does not finish in 7 days")
        self.assertFalse(self.real_fits(chapters, got - 1, 7),
                         f"{got - 1} pages a day also finishes in 7 days: {got} is not the smallest")
        self.assertLessEqual(self.calls, 40,
                             f"smallest_limit called fits {self.calls} times; binary search over "
                             "about a billion limits needs some 30")


if __name__ == "__main__":
    unittest.main()
