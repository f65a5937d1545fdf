# Kruskal's algorithm: the cheapest cables that connect every town.

Cable = tuple[str, str, int]


def cheapest_cables(towns: list[str], cables: list[Cable]) -> tuple[int, list[Cable]] | None:
    parent = {town: town for town in towns}

    def find(town: str) -> str:
        while parent[town] != town:
            parent[town] = parent[parent[town]]     # shorten the path as we go
            town = parent[town]
        return town

    chosen: list[Cable] = []
    total = 0
    for cable in sorted(cables, key=lambda c: c[2]):
        a, b, cost = cable
        leader_a, leader_b = find(a), find(b)
        if leader_a == leader_b:
            continue                                # would close a cycle
        parent[leader_a] = leader_b
        chosen.append(cable)
        total += cost
    if len(chosen) != len(towns) - 1:
        return None
    return total, chosen


if __name__ == "__main__":
    towns = ["Oslo", "Bergen", "Molde", "Skien", "Voss"]
    cables = [("Oslo", "Bergen", 9), ("Oslo", "Skien", 2), ("Bergen", "Voss", 3),
              ("Skien", "Bergen", 4), ("Molde", "Voss", 6), ("Oslo", "Molde", 7),
              ("Skien", "Voss", 8)]
    print(cheapest_cables(towns, cables))
