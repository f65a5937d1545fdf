from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value
        self.prev: "Node[T] | None" = None
        self.next: "Node[T] | None" = None


class DoublyLinkedList(Generic[T]):
    def __init__(self) -> None:
        self.head: Node[T] | None = None
        self.tail: Node[T] | None = None
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def backwards(self) -> Iterator[T]:
        node = self.tail
        while node is not None:
            yield node.value
            node = node.prev

    def push_front(self, value: T) -> None:
        raise NotImplementedError("write push_front")

    def push_back(self, value: T) -> None:
        raise NotImplementedError("write push_back")

    def pop_front(self) -> T:
        raise NotImplementedError("write pop_front")

    def pop_back(self) -> T:
        raise NotImplementedError("write pop_back")


if __name__ == "__main__":
    items: DoublyLinkedList[str] = DoublyLinkedList()
    items.push_back("b")
    items.push_front("a")
    items.push_back("c")
    print(list(items), list(items.backwards()))
    print(items.pop_front(), items.pop_back(), list(items))
