# Fractional knapsack: best value per kilogram first; the last spice may be split.

Spice = tuple[str, float, float]     # (name, kilograms, value of all of it)


def most_value(spices: list[Spice], capacity: float) -> float:
    total = 0.0
    room = capacity
    for _, weight, value in sorted(spices, key=lambda s: s[2] / s[1], reverse=True):
        if room <= 0:
            break
        take = min(weight, room)
        total += value * take / weight
        room -= take
    return total


if __name__ == "__main__":
    print(most_value([("saffron", 1.0, 50.0), ("pepper", 10.0, 60.0), ("cumin", 5.0, 40.0)], 8.0))
