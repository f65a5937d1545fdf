# Bellman-Ford: the cheapest trip when some legs pay (negative costs).

Leg = tuple[str, str, int]


def cheapest_trip(towns: list[str], legs: list[Leg], start: str,
                  goal: str) -> tuple[int, list[str]] | None:
    best = {start: 0}
    came_from: dict[str, str] = {}
    # len(towns) - 1 rounds: relax every leg, remember where each town was reached from.
    # One more round: if a leg still improves a town, raise ValueError("negative cycle").
    # Then rebuild the route from goal back to start.
    return None


if __name__ == "__main__":
    legs = [("Ayr", "Ely", 5), ("Ayr", "Bath", 2), ("Bath", "Cork", 4),
            ("Cork", "Ely", -6), ("Ely", "Dale", 1)]
    print(cheapest_trip(["Ayr", "Bath", "Cork", "Dale", "Ely"], legs, "Ayr", "Dale"))
