import random
import unittest

from stack import next_higher_price, stock_span


def slow_next(prices):
    return [next((q for q in prices[i + 1:] if q > p), -1) for i, p in enumerate(prices)]


def slow_span(prices):
    result = []
    for i, p in enumerate(prices):
        n = 0
        while i - n >= 0 and prices[i - n] <= p:
            n += 1
        result.append(n)
    return result


class NextHigherTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(next_higher_price([7, 3, 5, 8, 2]), [8, 5, 8, -1, -1])

    def test_equal_is_not_higher(self):
        self.assertEqual(next_higher_price([4, 4, 5]), [5, 5, -1], "An equal price is not higher")

    def test_random(self):
        rng = random.Random(1)
        for _ in range(100):
            prices = [rng.randint(1, 9) for _ in range(rng.randint(0, 12))]
            self.assertEqual(next_higher_price(prices), slow_next(prices), f"next_higher_price({prices})")

    def test_big(self):
        prices = list(range(100_000, 0, -1)) + [200_000]
        self.assertEqual(next_higher_price(prices)[0], 200_000, "100,000 prices: use the stack")


class SpanTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(stock_span([100, 80, 60, 70, 60, 75, 85]), [1, 1, 1, 2, 1, 4, 6])

    def test_random(self):
        rng = random.Random(6)
        for _ in range(100):
            prices = [rng.randint(1, 9) for _ in range(rng.randint(0, 12))]
            self.assertEqual(stock_span(prices), slow_span(prices), f"stock_span({prices})")

    def test_big(self):
        prices = list(range(100_000))
        self.assertEqual(stock_span(prices)[-1], 100_000, "100,000 rising prices: use the stack")


if __name__ == "__main__":
    unittest.main()
