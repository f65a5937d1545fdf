# Plan:
#   by hand:
#   the key that all anagrams share:
#   steps:


def anagram_groups(words: list[str]) -> list[list[str]]:
    ...


if __name__ == "__main__":
    print(anagram_groups(["Listen", "stone", "silent", "notes", "cat", "enlist", "onset"]))
