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
    line.enqueue("Ada")
    line.enqueue("Bo")
    line.enqueue("Cy")
    print(line.dequeue(), line.dequeue())
    line.enqueue("Dee")
    print(line.dequeue(), line.dequeue())
    print(len(line))
