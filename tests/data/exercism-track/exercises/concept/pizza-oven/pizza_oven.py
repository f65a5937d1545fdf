"""Helpers for Pia's pizza oven."""

# Define the 'OVEN_TEMPERATURE' constant below.


def baking_time(diameter):
    """Return the minutes a pizza of 'diameter' centimetres bakes."""
    pass


def pizzas_per_evening(hours, diameter):
    """Return how many pizzas of 'diameter' bake one after the other in 'hours'."""
    pass


def describe_order(name, count):
    """Return a line describing 'name''s order of 'count' pizzas."""
    pass
