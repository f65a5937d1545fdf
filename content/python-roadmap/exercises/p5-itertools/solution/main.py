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
    print(first_signups([["Ada", "Alan"], [], ["Grace", "Guido"]], 3))
    print(match_ups(["Ada", "Alan", "Grace"]))
    print(streaks("WWLWWW"))
    print(improvements([10, 12, 11, 15, 15, 20]))
