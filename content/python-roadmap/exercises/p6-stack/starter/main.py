import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    # push, pop, peek, is_empty, __len__


class Editor:
    def __init__(self) -> None:
        self.text = ""
        # a Stack of earlier texts

    # type and undo


if __name__ == "__main__":
    editor = Editor()
    for line in sys.stdin:
        command = line.rstrip("\n")
        if command == "undo":
            editor.undo()
        elif command.startswith("type "):
            editor.type(command[5:])
        print(editor.text)
