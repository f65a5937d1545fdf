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


class Editor:
    def __init__(self) -> None:
        self.text = ""
        self._history: Stack[str] = Stack()

    def type(self, words: str) -> None:
        self._history.push(self.text)
        self.text += words

    def undo(self) -> None:
        if not self._history.is_empty():
            self.text = self._history.pop()


if __name__ == "__main__":
    editor = Editor()
    for line in sys.stdin:
        command = line.rstrip("\n")
        if command == "undo":
            editor.undo()
        elif command.startswith("type "):
            editor.type(command[5:])
        print(editor.text)
