import unittest
from typing import Any

from main import DoublyLinkedList


def forwards(dll: Any) -> list[Any]:
    """Walk the nodes from head along next, checking each prev link."""
    values = []
    previous = None
    node = dll.head
    steps = 0
    while node is not None:
        if node.prev is not previous:
            raise AssertionError(
                f"the node holding {node.value!r} has a prev link that does "
                f"not point at the node before it")
        values.append(node.value)
        previous = node
        node = node.next
        steps += 1
        if steps > 10000:
            raise AssertionError("walking along next never ends: a loop "
                                 "in the links")
    if dll.tail is not previous:
        raise AssertionError("tail is not the last node reached from head")
    return values


def backwards(dll: Any) -> list[Any]:
    """Walk the nodes from tail along prev."""
    values = []
    node = dll.tail
    steps = 0
    while node is not None:
        values.append(node.value)
        node = node.prev
        steps += 1
        if steps > 10000:
            raise AssertionError("walking along prev never ends: a loop "
                                 "in the links")
    return values


class TestDoublyLinkedList(unittest.TestCase):
    def check(self, dll: Any, expected: list[Any], what: str) -> None:
        self.assertEqual(forwards(dll), expected,
                         f"after {what}, walking from head along next "
                         f"should give {expected}")
        self.assertEqual(backwards(dll), expected[::-1],
                         f"after {what}, walking from tail along prev "
                         f"should give {expected[::-1]}: check the prev "
                         f"links and the tail")
        self.assertEqual(len(dll), len(expected),
                         f"after {what}, len() should be {len(expected)}")

    def test_push_back(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        for value in (1, 2, 3):
            dll.push_back(value)
        self.check(dll, [1, 2, 3], "push_back(1), (2), (3)")

    def test_push_front(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        for value in (1, 2, 3):
            dll.push_front(value)
        self.check(dll, [3, 2, 1], "push_front(1), (2), (3)")

    def test_both_ends(self) -> None:
        dll: DoublyLinkedList[str] = DoublyLinkedList()
        dll.push_back("b")
        dll.push_front("a")
        dll.push_back("c")
        dll.push_front("z")
        self.check(dll, ["z", "a", "b", "c"], "pushing at both ends")

    def test_pop_front(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        for value in (5, 6, 7):
            dll.push_back(value)
        self.assertEqual(dll.pop_front(), 5)
        self.check(dll, [6, 7], "pop_front() on [5, 6, 7]")
        self.assertEqual(dll.pop_front(), 6)
        self.assertEqual(dll.pop_front(), 7)
        self.check(dll, [], "popping every item from the front")
        self.assertIsNone(dll.head, "an empty list's head should be None")
        self.assertIsNone(dll.tail, "an empty list's tail should be None")

    def test_pop_back(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        for value in (5, 6, 7):
            dll.push_back(value)
        self.assertEqual(dll.pop_back(), 7)
        self.check(dll, [5, 6], "pop_back() on [5, 6, 7]")
        self.assertEqual(dll.pop_back(), 6)
        self.assertEqual(dll.pop_back(), 5)
        self.check(dll, [], "popping every item from the back")
        self.assertIsNone(dll.head, "an empty list's head should be None")
        self.assertIsNone(dll.tail, "an empty list's tail should be None")

    def test_reuse_after_empty(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        dll.push_front(1)
        dll.pop_back()
        dll.push_back(2)
        dll.push_front(1)
        self.check(dll, [1, 2], "emptying the list and filling it again")

    def test_mixed(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        for value in range(6):
            dll.push_back(value)
        self.assertEqual(dll.pop_back(), 5)
        self.assertEqual(dll.pop_front(), 0)
        dll.push_front(9)
        dll.push_back(8)
        self.check(dll, [9, 1, 2, 3, 4, 8], "pops and pushes at both ends")

    def test_empty_pops(self) -> None:
        dll: DoublyLinkedList[int] = DoublyLinkedList()
        with self.assertRaises(IndexError,
                               msg="pop_front() on an empty list should "
                                   "raise IndexError"):
            dll.pop_front()
        with self.assertRaises(IndexError,
                               msg="pop_back() on an empty list should "
                                   "raise IndexError"):
            dll.pop_back()


if __name__ == "__main__":
    unittest.main()
