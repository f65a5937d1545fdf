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
        # Make a new block of new_capacity slots, copy the items over
        # with a loop, and keep the new block.
        ...

    def append(self, value: T) -> None:
        # Full? Double the capacity first. Then store the value.
        ...

    def _check_index(self, index: int) -> None:
        # Raise IndexError if index is not in 0 ... self._size - 1.
        ...

    def __getitem__(self, index: int) -> T:
        ...

    def __setitem__(self, index: int, value: T) -> None:
        ...
