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
    days: list[list[str]] = []
    for _ in range(int(input())):
        days.append(input().split())
    n = int(input())
    players = first_signups(days, n)
    print(players)
    print(match_ups(players))
    print(streaks(input()))
    scores: list[int] = []
    for score in input().split():
        scores.append(int(score))
    print(improvements(scores))
