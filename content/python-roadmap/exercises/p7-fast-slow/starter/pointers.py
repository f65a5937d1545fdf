# Fast and slow pointers: one step and two steps at a time along a linked list.
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next


def middle(head: Node | None) -> Node | None:
    slow = head
    fast = head
    # Move slow one node and fast two nodes, while fast can go two further.
    return slow


def has_cycle(head: Node | None) -> bool:
    slow = head
    fast = head
    # Same moves; if slow and fast are ever the same node, there is a loop.
    return False


if __name__ == "__main__":
    a = Node(1, Node(2, Node(3, Node(4, Node(5)))))
    found = middle(a)
    print(found.value if found else None)
    print(has_cycle(a))
