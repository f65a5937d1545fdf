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

    def _find(self, key: K) -> int:
        """The slot holding key, or -1 when it is not there."""
        index = self._home(key)
        steps = 0
        while steps < len(self._slots):
            slot = self._slots[index]
            if slot is None:
                return -1
            if not isinstance(slot, Tombstone) and slot[0] == key:
                return index
            index = (index + 1) % len(self._slots)
            steps += 1
        return -1

    def put(self, key: K, value: V) -> None:
        """Store value under key, replacing the value a key already has."""
        found = self._find(key)
        if found != -1:
            self._slots[found] = (key, value)
            return
        index = self._home(key)
        steps = 0
        while steps < len(self._slots):
            slot = self._slots[index]
            if slot is None or isinstance(slot, Tombstone):
                self._slots[index] = (key, value)
                self._size += 1
                return
            index = (index + 1) % len(self._slots)
            steps += 1
        raise RuntimeError("the table is full")

    def get(self, key: K) -> V:
        """The value stored under key; KeyError when there is none."""
        found = self._find(key)
        if found == -1:
            raise KeyError(key)
        slot = self._slots[found]
        assert isinstance(slot, tuple)
        return slot[1]

    def remove(self, key: K) -> None:
        """Remove key and its value; KeyError when there is none."""
        found = self._find(key)
        if found == -1:
            raise KeyError(key)
        self._slots[found] = DELETED
        self._size -= 1


if __name__ == "__main__":
    ages: ProbingMap[int, str] = ProbingMap(8)
    ages.put(3, "three")
    ages.put(11, "eleven")     # 11 % 8 is 3 too: a collision
    ages.put(19, "nineteen")   # and 19
    print(ages._slots)
    ages.remove(11)
    print(ages._slots)
    print(ages.get(19), 11 in ages, len(ages))
