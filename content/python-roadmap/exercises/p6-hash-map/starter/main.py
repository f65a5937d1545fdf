import sys
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class HashMap(Generic[K, V]):
    def __init__(self, capacity: int = 8) -> None:
        self._buckets: list[list[tuple[K, V]]] = []
        self._size = 0

    def _bucket(self, key: K) -> list[tuple[K, V]]:
        ...

    # put, get, __getitem__, __setitem__, __contains__, __len__


if __name__ == "__main__":
    ages: HashMap[str, int] = HashMap()
    for line in sys.stdin:
        command = line.split()
        name = command[1]
        if command[0] == "put":
            ages[name] = int(command[2])
        elif command[0] == "get":
            try:
                print(ages[name])
            except KeyError:
                print(f"no {name}")
        elif command[0] == "has":
            print(name in ages)
    print(len(ages), "names")
