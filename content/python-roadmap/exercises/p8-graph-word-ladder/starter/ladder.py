from collections import deque

# Plan:
#   the graph:
#   the walk:
#   a word's neighbours:


def ladder_length(start: str, goal: str, words: set[str]) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    words = {"cord", "card", "ward", "warm", "worm", "word", "wore"}
    print(ladder_length("cold", "warm", words))    # 5
