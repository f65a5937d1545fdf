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
    editor.type("Hello")
    editor.type(" world")
    print(editor.text)
    editor.undo()
    print(editor.text)
    editor.type(" there")
    print(editor.text)
    editor.undo()
    editor.undo()
    editor.undo()
    print(editor.text)
