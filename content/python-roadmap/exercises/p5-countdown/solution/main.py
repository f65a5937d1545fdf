from collections.abc import Iterator


def countdown(start: int, step: int = 1) -> Iterator[int]:
    current = start
    while current > 0:
        yield current
        current -= step


def cycle_words(words: list[str], count: int) -> Iterator[str]:
    if not words:
        return
    for i in range(count):
        yield words[i % len(words)]


if __name__ == "__main__":
    start = int(input())
    step = int(input())
    words = input().split()
    count = int(input())
    for n in countdown(start, step):
        print(n, end=" ")
    print("liftoff")
    print(*cycle_words(words, count))
