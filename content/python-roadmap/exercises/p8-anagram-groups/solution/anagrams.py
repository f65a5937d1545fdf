# Plan:
#   by hand: listen/silent/enlist, stone/notes/onset; cat has no partner
#   the key that all anagrams share: the letters, sorted
#   steps: lower-case and de-duplicate; group by key in a dict; keep groups of
#          2+; sort each group; sort the groups


def anagram_groups(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in set(w.lower() for w in words):
        key = "".join(sorted(word))
        groups.setdefault(key, []).append(word)
    result = [sorted(group) for group in groups.values() if len(group) >= 2]
    return sorted(result)


if __name__ == "__main__":
    print(anagram_groups(["Listen", "stone", "silent", "notes", "cat", "enlist", "onset"]))
