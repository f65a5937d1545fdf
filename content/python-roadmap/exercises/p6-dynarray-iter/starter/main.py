from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class DynamicArray(Generic[T]):
    def __init__(self) -> None:
        self._capacity = 1
        self._size = 0
        self._data: list[T | None] = [None] * self._capacity
        # 5. Count copies here.

    def __len__(self) -> int:
        return self._size

    def _resize(self, new_capacity: int) -> None:
        new_data: list[T | None] = [None] * new_capacity
        for i in range(self._size):
            new_data[i] = self._data[i]
        self._data = new_data
        self._capacity = new_capacity

    def push(self, value: T) -> None:
        # (Called push here, so that the rule "no .append calls" stays simple.)
        if self._size == self._capacity:
            self._resize(2 * self._capacity)
        self._data[self._size] = value
        self._size += 1

    def __getitem__(self, index: int) -> T:
        if index < 0 or index >= self._size:
            raise IndexError(index)
        return self._data[index]  # type: ignore[return-value]

    # 1. __iter__ (a generator)
    # 2. __contains__
    # 3. __repr__
    # 4. from_items (a classmethod)


if __name__ == "__main__":
    words = DynamicArray.from_items(input().split())
    print(words)
    for word in input().split():
        print(word, word in words)
    for size in input().split():
        n = int(size)
        array: DynamicArray[int] = DynamicArray()
        for i in range(n):
            array.push(i)
        print(f"n={n} copies={array.copies} per append={array.copies / n:.2f}")
