import itertools


def first_signups(days: list[list[str]], n: int) -> list[str]:
    everyone = itertools.chain.from_iterable(days)
    return list(itertools.islice(everyone, n))


def match_ups(players: list[str]) -> list[tuple[str, str]]:
    return list(itertools.combinations(players, 2))


def streaks(results: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for result, group in itertools.groupby(results):
        found.append((result, len(list(group))))
    return found


def improvements(scores: list[int]) -> int:
    count = 0
    for before, after in itertools.pairwise(scores):
        if after > before:
            count += 1
    return count


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
