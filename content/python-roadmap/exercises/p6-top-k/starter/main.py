import sys


class MinHeap:
    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def __len__(self) -> int:
        return len(self.items)

    def push(self, item: tuple[int, str]) -> None:
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if not self.items[i] < self.items[parent]:
                break
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent

    def pop(self) -> tuple[int, str]:
        if not self.items:
            raise IndexError("pop from an empty heap")
        last = len(self.items) - 1
        self.items[0], self.items[last] = self.items[last], self.items[0]
        smallest = self.items.pop()
        i = 0
        n = len(self.items)
        while True:
            best = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.items[child] < self.items[best]:
                    best = child
            if best == i:
                return smallest
            self.items[i], self.items[best] = self.items[best], self.items[i]
            i = best


def top_k(counts: dict[str, int], k: int) -> list[tuple[str, int]]:
    ...


if __name__ == "__main__":
    sales: dict[str, int] = {}
    for line in sys.stdin:
        name = line.strip()
        if name:
            sales[name] = sales.get(name, 0) + 1
    for name, count in top_k(sales, 3):
        print(name, count)
