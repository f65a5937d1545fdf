# Plan:
#   by hand: love|cats|and|dogs; for lovecatsandog every cut leaves "og"
#   smaller question: can the first i letters be split? ok[0] is True
#   steps: ok[i] is True if some j < i has ok[j] and text[j:i] in words;
#          answer ok[len(text)]


def can_split(text: str, words: set[str]) -> bool:
    longest = max((len(word) for word in words), default=0)
    ok = [False] * (len(text) + 1)
    ok[0] = True
    for i in range(1, len(text) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and text[j:i] in words:
                ok[i] = True
                break
    return ok[len(text)]


if __name__ == "__main__":
    known = {"love", "cat", "cats", "and", "sand", "dog", "dogs"}
    print(can_split("lovecatsanddogs", known))    # True
    print(can_split("lovecatsandog", known))      # False
