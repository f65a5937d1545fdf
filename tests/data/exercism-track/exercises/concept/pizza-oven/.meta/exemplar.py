"""Helpers for Pia's pizza oven."""

OVEN_TEMPERATURE = 450


def baking_time(diameter):
    """Return the minutes a pizza of 'diameter' centimetres bakes."""
    return 2 + diameter // 10


def pizzas_per_evening(hours, diameter):
    """Return how many pizzas of 'diameter' bake one after the other in 'hours'."""
    return hours * 60 // baking_time(diameter)


def describe_order(name, count):
    """Return a line describing 'name''s order of 'count' pizzas."""
    return f"{name}: {count} pizza{'s' if count != 1 else ''}"
