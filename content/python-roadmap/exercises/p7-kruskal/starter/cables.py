# Kruskal's algorithm: the cheapest cables that connect every town.

Cable = tuple[str, str, int]


def cheapest_cables(towns: list[str], cables: list[Cable]) -> tuple[int, list[Cable]] | None:
    parent = {town: town for town in towns}
    # find(town): follow parent until you reach a town that is its own parent.
    # Cheapest cable first: keep it if its towns have different leaders,
    # and join the two groups.
    # Not len(towns) - 1 cables at the end? Then the towns are not all connected.
    return None


if __name__ == "__main__":
    towns = ["Oslo", "Bergen", "Molde", "Skien", "Voss"]
    cables = [("Oslo", "Bergen", 9), ("Oslo", "Skien", 2), ("Bergen", "Voss", 3),
              ("Skien", "Bergen", 4), ("Molde", "Voss", 6), ("Oslo", "Molde", 7),
              ("Skien", "Voss", 8)]
    print(cheapest_cables(towns, cables))
