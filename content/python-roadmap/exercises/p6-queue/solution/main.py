import sys
from typing import Generic, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    def __init__(self) -> None:
        self.inbox: list[T] = []
        self.outbox: list[T] = []

    def enqueue(self, item: T) -> None:
        self.inbox.append(item)

    def _refill(self) -> None:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        if not self.outbox:
            raise IndexError("empty queue")

    def dequeue(self) -> T:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> T:
        self._refill()
        return self.outbox[-1]

    def __len__(self) -> int:
        return len(self.inbox) + len(self.outbox)


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
