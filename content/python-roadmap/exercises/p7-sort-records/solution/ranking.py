# Rankings with sorted() and a key function.

Player = tuple[str, int]   # (name, score)


def by_score(players: list[Player]) -> list[Player]:
    return sorted(players, key=lambda p: p[1])


def leaderboard(players: list[Player]) -> list[Player]:
    return sorted(players, key=lambda p: (-p[1], p[0]))


def names_ignoring_case(names: list[str]) -> list[str]:
    return sorted(names, key=str.lower)


if __name__ == "__main__":
    team = [("Cy", 30), ("Ada", 50), ("Bob", 30)]
    print(by_score(team))
    print(leaderboard(team))
    print(names_ignoring_case(["bob", "Ada", "cy"]))
