from collections.abc import Iterator
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class HashMap(Generic[K, V]):
    def __init__(self, capacity: int = 8) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._buckets: list[list[tuple[K, V]]] = [[] for _ in range(capacity)]
        self._size = 0

    def _bucket(self, key: K) -> list[tuple[K, V]]:
        return self._buckets[hash(key) % len(self._buckets)]

    def put(self, key: K, value: V) -> None:
        bucket = self._bucket(key)
        for i, (existing, _) in enumerate(bucket):
            if existing == key:
                bucket[i] = (key, value)
                return
        bucket.append((key, value))
        self._size += 1

    def get(self, key: K, default: V | None = None) -> V | None:
        for existing, value in self._bucket(key):
            if existing == key:
                return value
        return default

    def __getitem__(self, key: K) -> V:
        for existing, value in self._bucket(key):
            if existing == key:
                return value
        raise KeyError(key)

    def __setitem__(self, key: K, value: V) -> None:
        self.put(key, value)

    def __contains__(self, key: object) -> bool:
        for existing, _ in self._bucket(key):  # type: ignore[arg-type]
            if existing == key:
                return True
        return False

    def __len__(self) -> int:
        return self._size

    # remove, load_factor, _resize (call it from put), __iter__, items


if __name__ == "__main__":
    squares: HashMap[int, int] = HashMap()
    for n in range(int(input())):
        squares[n] = n * n
    print(len(squares._buckets), len(squares), f"{squares.load_factor():.2f}")
    for word in input().split():
        key = int(word)
        try:
            print(squares.remove(key))
        except KeyError:
            print(f"no {key}")
    print(len(squares))
    print(sorted(squares)[:3])
