from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Tombstone:
    """Marks a slot whose pair was removed."""

    def __repr__(self) -> str:
        return "DELETED"


DELETED = Tombstone()


class ProbingMap(Generic[K, V]):
    """A hash map with open addressing, linear probing and tombstones.

    Its capacity is fixed, so that you can see where each key goes."""

    def __init__(self, capacity: int = 8) -> None:
        self._slots: list[tuple[K, V] | Tombstone | None] = [None] * capacity
        self._size = 0

    def _home(self, key: K) -> int:
        """The slot where the search for key starts."""
        return hash(key) % len(self._slots)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: K) -> bool:
        try:
            self.get(key)
        except KeyError:
            return False
        return True

    def put(self, key: K, value: V) -> None:
        """Store value under key, replacing the value a key already has."""
        raise NotImplementedError("write put")

    def get(self, key: K) -> V:
        """The value stored under key; KeyError when there is none."""
        raise NotImplementedError("write get")

    def remove(self, key: K) -> None:
        """Remove key and its value; KeyError when there is none."""
        raise NotImplementedError("write remove")


if __name__ == "__main__":
    ages: ProbingMap[int, str] = ProbingMap(8)
    ages.put(3, "three")
    ages.put(11, "eleven")     # 11 % 8 is 3 too: a collision
    ages.put(19, "nineteen")   # and 19
    print(ages._slots)
    ages.remove(11)
    print(ages._slots)
    print(ages.get(19), 11 in ages, len(ages))
