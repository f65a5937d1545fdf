import unittest

import pytest

from pizza_oven import (
    OVEN_TEMPERATURE,
    baking_time,
    describe_order,
    pizzas_per_evening,
)


class PizzaOvenTest(unittest.TestCase):

    @pytest.mark.task(taskno=1)
    def test_oven_temperature(self):
        self.assertEqual(OVEN_TEMPERATURE, 450,
                         msg="OVEN_TEMPERATURE should be 450 degrees.")

    @pytest.mark.task(taskno=2)
    def test_baking_time(self):
        cases = [(10, 3), (25, 4), (30, 5), (9, 2)]
        for variant, (diameter, expected) in enumerate(cases, start=1):
            with self.subTest(f"variation #{variant}", diameter=diameter, expected=expected):
                self.assertEqual(baking_time(diameter), expected,
                                 msg=f"A {diameter} cm pizza bakes {expected} minutes.")

    @pytest.mark.task(taskno=3)
    def test_pizzas_per_evening(self):
        cases = [((1, 30), 12), ((2, 10), 40), ((3, 40), 30)]
        for variant, ((hours, diameter), expected) in enumerate(cases, start=1):
            with self.subTest(f"variation #{variant}", hours=hours, diameter=diameter):
                self.assertEqual(pizzas_per_evening(hours, diameter), expected)

    @pytest.mark.task(taskno=4)
    def test_describe_order(self):
        self.assertEqual(describe_order("Ada", 3), "Ada: 3 pizzas")

    @pytest.mark.task(taskno=4)
    def test_describe_order_of_one(self):
        self.assertEqual(describe_order("Grace", 1), "Grace: 1 pizza")
