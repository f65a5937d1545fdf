def make_badges(names: list[str]) -> list[str]:
    """Return a new list with every name in capitals; names stays as it was."""
    result = names.copy()
    for i in range(len(result)):
        result[i] = result[i].upper()
    return result


guests = input().split()
badges = make_badges(guests)
print("Guests:", guests)
print("Badges:", badges)
