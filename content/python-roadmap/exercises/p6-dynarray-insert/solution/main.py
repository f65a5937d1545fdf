from typing import Generic, TypeVar

T = TypeVar("T")


class DynamicArray(Generic[T]):
    def __init__(self) -> None:
        self._capacity = 1
        self._size = 0
        self._data: list[T | None] = [None] * self._capacity

    def __len__(self) -> int:
        return self._size

    def capacity(self) -> int:
        return self._capacity

    def _resize(self, new_capacity: int) -> None:
        new_data: list[T | None] = [None] * new_capacity
        for i in range(self._size):
            new_data[i] = self._data[i]
        self._data = new_data
        self._capacity = new_capacity

    def append(self, value: T) -> None:
        if self._size == self._capacity:
            self._resize(2 * self._capacity)
        self._data[self._size] = value
        self._size += 1
        assert self._size <= self._capacity, "size grew past capacity"

    def _check_index(self, index: int) -> None:
        if index < 0 or index >= self._size:
            raise IndexError(f"index {index} out of range for size {self._size}")

    def __getitem__(self, index: int) -> T:
        self._check_index(index)
        return self._data[index]  # type: ignore[return-value]

    def __setitem__(self, index: int, value: T) -> None:
        self._check_index(index)
        self._data[index] = value

    def insert(self, index: int, value: T) -> None:
        if index < 0 or index > self._size:
            raise IndexError(f"cannot insert at {index} in size {self._size}")
        if self._size == self._capacity:
            self._resize(2 * self._capacity)
        i = self._size
        while i > index:
            self._data[i] = self._data[i - 1]
            i -= 1
        self._data[index] = value
        self._size += 1

    def _shrink_if_sparse(self) -> None:
        if self._capacity > 1 and self._size <= self._capacity // 4:
            self._resize(max(1, self._capacity // 2))

    def pop(self) -> T:
        if self._size == 0:
            raise IndexError("pop from an empty array")
        return self.remove_at(self._size - 1)

    def remove_at(self, index: int) -> T:
        self._check_index(index)
        value = self._data[index]
        for i in range(index, self._size - 1):
            self._data[i] = self._data[i + 1]
        self._data[self._size - 1] = None
        self._size -= 1
        self._shrink_if_sparse()
        return value  # type: ignore[return-value]
