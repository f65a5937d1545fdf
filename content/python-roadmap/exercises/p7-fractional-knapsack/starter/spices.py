# Fractional knapsack: best value per kilogram first; the last spice may be split.

Spice = tuple[str, float, float]     # (name, kilograms, value of all of it)


def most_value(spices: list[Spice], capacity: float) -> float:
    total = 0.0
    room = capacity
    # Go through the spices, best value per kilogram first.
    # Take as much of each as fits; add what that part is worth.
    return total


if __name__ == "__main__":
    print(most_value([("saffron", 1.0, 50.0), ("pepper", 10.0, 60.0), ("cumin", 5.0, 40.0)], 8.0))
