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

    def push_front(self, value: T) -> None:
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self._size += 1

    def push_back(self, value: T) -> None:
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self._size += 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self) -> str:
        return f"LinkedList({list(self)!r})"

    def get(self, index: int) -> T:
        if index < 0 or index >= self._size:
            raise IndexError(index)
        node = self.head
        for _ in range(index):
            assert node is not None
            node = node.next
        assert node is not None
        return node.value

    def reverse(self) -> None:
        # Three references: previous (starts as None), node, and next_node.
        ...

    def middle(self) -> T:
        ...


if __name__ == "__main__":
    numbers: LinkedList[int] = LinkedList()
    for word in input().split():
        numbers.push_back(int(word))
    print(numbers)
    print(numbers.middle())
    numbers.reverse()
    print(numbers)
