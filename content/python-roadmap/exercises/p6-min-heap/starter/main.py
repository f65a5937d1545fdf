class MinHeap:
    def __init__(self) -> None:
        self.items: list[int] = []

    # push, pop, peek, __len__, _sift_up, _sift_down
    # Children of i: 2 * i + 1 and 2 * i + 2. Parent of i: (i - 1) // 2.


if __name__ == "__main__":
    heap = MinHeap()
    for word in input().split():
        heap.push(int(word))
    print(heap.peek(), len(heap))
    count = int(input())
    print(*[heap.pop() for _ in range(count)])
