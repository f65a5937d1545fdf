class MinHeap:
    def __init__(self) -> None:
        self.items: list[int] = []

    # push, pop, peek, __len__, _sift_up, _sift_down
    # Children of i: 2 * i + 1 and 2 * i + 2. Parent of i: (i - 1) // 2.


if __name__ == "__main__":
    heap = MinHeap()
    for n in [5, 3, 8, 1, 9, 2, 7]:
        heap.push(n)
    print(heap.peek(), len(heap))
    print(*[heap.pop() for _ in range(6)])
