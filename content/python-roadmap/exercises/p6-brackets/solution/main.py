import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("empty stack")
        return self._items.pop()

    def peek(self) -> T:
        if not self._items:
            raise IndexError("empty stack")
        return self._items[-1]

    def is_empty(self) -> bool:
        return not self._items

    def __len__(self) -> int:
        return len(self._items)


PAIRS = {")": "(", "]": "[", "}": "{"}


def check(text: str) -> int | None:
    open_brackets: Stack[tuple[str, int]] = Stack()
    for index, char in enumerate(text):
        if char in "([{":
            open_brackets.push((char, index))
        elif char in PAIRS:
            if open_brackets.is_empty() or open_brackets.peek()[0] != PAIRS[char]:
                return index
            open_brackets.pop()
    earliest = None
    while not open_brackets.is_empty():
        earliest = open_brackets.pop()[1]
    return earliest


if __name__ == "__main__":
    for line in sys.stdin:
        problem = check(line.rstrip("\n"))
        if problem is None:
            print("ok")
        else:
            print(f"error at {problem}")
