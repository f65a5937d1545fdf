import sys
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    def __init__(self, value: T, next: "Node[T] | None" = None) -> None:
        self.value = value
        self.next = next


class LinkedList(Generic[T]):
    def __init__(self) -> None:
        self.head: Node[T] | None = None
        self.tail: Node[T] | None = None
        self._size = 0

    # push_front, push_back, __len__, __iter__, __repr__, get


if __name__ == "__main__":
    numbers: LinkedList[int] = LinkedList()
    for line in sys.stdin:
        command, value = line.split()
        number = int(value)
        if command == "front":
            numbers.push_front(number)
        elif command == "back":
            numbers.push_back(number)
        elif command == "get":
            try:
                print(numbers.get(number))
            except IndexError:
                print(f"no item at {number}")
    print(numbers)
    print(len(numbers))
