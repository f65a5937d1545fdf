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
    numbers.push_back(1)
    numbers.push_back(2)
    numbers.push_front(0)
    numbers.push_back(3)
    print(numbers)
    print(len(numbers))
    print(numbers.get(2))
