# Plan:
# 1.
# 2.
# 3.
# 4.
import string
import sys


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    ...


text = sys.stdin.read()
