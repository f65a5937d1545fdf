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
    ages.put("Ada", 36)
    ages.put("Bo", 25)
    ages["Cy"] = 40
    print(len(ages), ages["Ada"], ages.get("Dee"), ages.get("Dee", 0))
    print("Bo" in ages, "Dee" in ages)
    ages["Cy"] = 41
    print(ages["Cy"])
