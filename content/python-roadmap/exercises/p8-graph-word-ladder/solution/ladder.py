from collections import deque
import string

# Plan:
#   the graph: words are vertices; words that differ in one letter are joined
#   the walk: breadth-first from start, counting words; stop at goal
#   a word's neighbours: change each position to each letter a-z and keep
#                        the results that are in the set of words


def ladder_length(start: str, goal: str, words: set[str]) -> int:
    if start == goal:
        return 1
    length = {start: 1}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        for i in range(len(word)):
            for letter in string.ascii_lowercase:
                step = word[:i] + letter + word[i + 1:]
                if step in words and step not in length:
                    length[step] = length[word] + 1
                    if step == goal:
                        return length[step]
                    queue.append(step)
    return 0


if __name__ == "__main__":
    words = {"cord", "card", "ward", "warm", "worm", "word", "wore"}
    print(ladder_length("cold", "warm", words))    # 5
