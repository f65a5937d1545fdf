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
        node = Node(value)
        node.next = self.head
        if self.head is None:
            self.tail = node
        else:
            self.head.prev = node
        self.head = node
        self._size += 1

    def push_back(self, value: T) -> None:
        node = Node(value)
        node.prev = self.tail
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self._size += 1

    def pop_front(self) -> T:
        node = self.head
        if node is None:
            raise IndexError("pop_front from an empty list")
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        node.next = None
        self._size -= 1
        return node.value

    def pop_back(self) -> T:
        node = self.tail
        if node is None:
            raise IndexError("pop_back from an empty list")
        self.tail = node.prev
        if self.tail is None:
            self.head = None
        else:
            self.tail.next = None
        node.prev = None
        self._size -= 1
        return node.value


if __name__ == "__main__":
    items: DoublyLinkedList[str] = DoublyLinkedList()
    items.push_back("b")
    items.push_front("a")
    items.push_back("c")
    print(list(items), list(items.backwards()))
    print(items.pop_front(), items.pop_back(), list(items))
