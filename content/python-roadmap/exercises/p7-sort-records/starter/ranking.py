# Rankings with sorted() and a key function.

Player = tuple[str, int]   # (name, score)


def by_score(players: list[Player]) -> list[Player]:
    # Lowest score first. What should the key pick out of each tuple?
    ...


def leaderboard(players: list[Player]) -> list[Player]:
    # Highest score first, ties by name. A key can return a tuple.
    ...


# Write names_ignoring_case(names) here, with its type hints.


if __name__ == "__main__":
    team = [("Cy", 30), ("Ada", 50), ("Bob", 30)]
    print(by_score(team))
    print(leaderboard(team))
