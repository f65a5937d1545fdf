import random
import unittest

from spices import most_value

MARKET = [("saffron", 1.0, 50.0), ("pepper", 10.0, 60.0), ("cumin", 5.0, 40.0)]


def by(spices, capacity, key):
    total = 0.0
    room = capacity
    for _, w, v in sorted(spices, key=key, reverse=True):
        take = min(w, room)
        total += v * take / w
        room -= take
    return total


def best(spices, capacity):
    return by(spices, capacity, lambda s: s[2] / s[1])


class SpiceTests(unittest.TestCase):
    def test_example(self):
        self.assertAlmostEqual(most_value(MARKET, 8.0), 102.0,
                               msg="Saffron (50/kg), then cumin (8/kg), then 2 kg of pepper (6/kg): "
                                   "50 + 40 + 12 = 102")

    def test_not_by_total_value(self):
        spices = [("pepper", 10.0, 60.0), ("saffron", 1.0, 50.0), ("clove", 2.0, 30.0)]
        got = most_value(spices, 3.0)
        self.assertNotAlmostEqual(got, 18.0,
                                  msg="18.0 is 3 kg of pepper, the spice with the highest total "
                                      "value. Compare value per kilogram instead: value / kilograms")
        self.assertAlmostEqual(got, 80.0, msg="All the saffron (50) and all the clove (30): 80")

    def test_not_lightest_first(self):
        spices = [("salt", 1.0, 1.0), ("vanilla", 4.0, 80.0)]
        got = most_value(spices, 4.0)
        self.assertAlmostEqual(got, 80.0,
                               msg="The vanilla is worth 20 per kg and the salt 1 per kg: fill the "
                                   "4 kg with vanilla (80). Lightest first is not the greedy choice "
                                   "that works here")

    def test_split_the_last(self):
        self.assertAlmostEqual(most_value([("pepper", 10.0, 60.0)], 2.5), 15.0,
                               msg="2.5 of the 10 kg of pepper is worth 2.5 / 10 of 60 = 15")

    def test_everything_fits(self):
        self.assertAlmostEqual(most_value(MARKET, 100.0), 150.0,
                               msg="Everything fits: the answer is the value of all the spices, 150. "
                                   "Do not take more of a spice than there is")

    def test_nothing(self):
        self.assertAlmostEqual(most_value(MARKET, 0.0), 0.0, msg="No room: 0.0")
        self.assertAlmostEqual(most_value([], 5.0), 0.0, msg="No spices: 0.0")

    def test_random(self):
        rng = random.Random(23)
        for _ in range(50):
            spices = [(f"s{i}", float(rng.randint(1, 20)), float(rng.randint(1, 100)))
                      for i in range(rng.randint(1, 8))]
            capacity = float(rng.randint(0, 60))
            self.assertAlmostEqual(most_value(spices, capacity), best(spices, capacity), places=6,
                                   msg=f"most_value({spices}, {capacity}) is wrong")


if __name__ == "__main__":
    unittest.main()
