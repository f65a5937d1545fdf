# Plan:
#   a winner needs: more than len(votes) // 2 votes (3 of 5, 3 of 4, 1 of 1)
#   steps: count every name once in a dict; return the name whose count is
#          more than half; if none, return None


def majority(votes: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for name in votes:
        counts[name] = counts.get(name, 0) + 1
    for name, count in counts.items():
        if count > len(votes) // 2:
            return name
    return None


if __name__ == "__main__":
    print(majority(["Ada", "Bo", "Ada", "Cy", "Ada"]))   # Ada
    print(majority(["Ada", "Bo", "Ada", "Bo"]))          # None
