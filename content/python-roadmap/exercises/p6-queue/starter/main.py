import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    def __init__(self) -> None:
        self.inbox: list[T] = []
        self.outbox: list[T] = []

    # enqueue, dequeue, peek, __len__
    # Tip: a helper _refill(self) -> None that moves items when the outbox is empty.


if __name__ == "__main__":
    line: Queue[str] = Queue()
    for command in sys.stdin:
        words = command.split()
        if words[0] == "join":
            line.enqueue(words[1])
        elif words[0] == "serve":
            try:
                print(line.dequeue())
            except IndexError:
                print("nobody is waiting")
    print(len(line), "waiting")
