# Bellman-Ford: the cheapest trip when some legs pay (negative costs).

Leg = tuple[str, str, int]


def cheapest_trip(towns: list[str], legs: list[Leg], start: str,
                  goal: str) -> tuple[int, list[str]] | None:
    best = {start: 0}
    came_from: dict[str, str] = {}
    for _ in range(len(towns) - 1):
        changed = False
        for a, b, cost in legs:
            if a in best and (b not in best or best[a] + cost < best[b]):
                best[b] = best[a] + cost
                came_from[b] = a
                changed = True
        if not changed:
            break
    for a, b, cost in legs:
        if a in best and best[a] + cost < best[b]:
            raise ValueError("negative cycle")
    if goal not in best:
        return None
    route = [goal]
    while route[-1] != start:
        route.append(came_from[route[-1]])
    route.reverse()
    return best[goal], route


if __name__ == "__main__":
    legs = [("Ayr", "Ely", 5), ("Ayr", "Bath", 2), ("Bath", "Cork", 4),
            ("Cork", "Ely", -6), ("Ely", "Dale", 1)]
    print(cheapest_trip(["Ayr", "Bath", "Cork", "Dale", "Ely"], legs, "Ayr", "Dale"))
