import itertools


def first_signups(days: list[list[str]], n: int) -> list[str]:
    # itertools.chain.from_iterable(days), then itertools.islice(..., n)
    return []


def match_ups(players: list[str]) -> list[tuple[str, str]]:
    # itertools.combinations
    return []


def streaks(results: str) -> list[tuple[str, int]]:
    # itertools.groupby
    return []


def improvements(scores: list[int]) -> int:
    # itertools.pairwise
    return 0


if __name__ == "__main__":
    print(first_signups([["Ada", "Alan"], [], ["Grace", "Guido"]], 3))
    print(match_ups(["Ada", "Alan", "Grace"]))
    print(streaks("WWLWWW"))
    print(improvements([10, 12, 11, 15, 15, 20]))
