class MinHeap:
    def __init__(self) -> None:
        self.items: list[int] = []

    def __len__(self) -> int:
        return len(self.items)

    def push(self, item: int) -> None:
        self.items.append(item)
        self._sift_up(len(self.items) - 1)

    def peek(self) -> int:
        if not self.items:
            raise IndexError("peek at an empty heap")
        return self.items[0]

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from an empty heap")
        last = len(self.items) - 1
        self.items[0], self.items[last] = self.items[last], self.items[0]
        smallest = self.items.pop()
        if self.items:
            self._sift_down(0)
        return smallest

    def _sift_up(self, i: int) -> None:
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] >= self.items[parent]:
                break
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent

    def _sift_down(self, i: int) -> None:
        n = len(self.items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.items[child] < self.items[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

    @classmethod
    def from_list(cls, items: list[int]) -> "MinHeap":
        heap = cls()
        heap.items = list(items)
        for i in range(len(heap.items) // 2 - 1, -1, -1):
            heap._sift_down(i)
        return heap


def heap_sort(items: list[int]) -> list[int]:
    heap = MinHeap.from_list(items)
    result = []
    while len(heap):
        result.append(heap.pop())
    return result


def merge_sorted(lists: list[list[int]]) -> list[int]:
    heap = MinHeap()
    for numbers in lists:
        for n in numbers:
            heap.push(n)
    result = []
    while len(heap):
        result.append(heap.pop())
    return result


if __name__ == "__main__":
    import sys

    data = [int(word) for word in input().split()]
    print(MinHeap.from_list(data).items)
    print(heap_sort(data))
    lists = [[int(word) for word in line.split()] for line in sys.stdin]
    print(merge_sorted(lists))
