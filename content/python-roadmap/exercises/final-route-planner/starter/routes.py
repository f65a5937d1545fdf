# A road map: read roads from text, find shortest routes with Dijkstra.
import heapq


class RoadMap:
    def __init__(self) -> None:
        self.roads: dict[str, list[tuple[str, int]]] = {}

    def add_road(self, a: str, b: str, km: int) -> None:
        pass

    @classmethod
    def parse(cls, text: str) -> "RoadMap":
        return cls()

    def shortest(self, start: str, goal: str) -> tuple[int, list[str]] | None:
        # A heap of (distance, town), the best distances, and where each town was reached from.
        return None


if __name__ == "__main__":
    text = "# Swiss roads\nBern Thun 30\nThun Interlaken 28\nBern Luzern 111\nLuzern Interlaken 68\n"
    roads = RoadMap.parse(text)
    print(roads.shortest("Bern", "Interlaken"))
    print(roads.shortest("Luzern", "Thun"))
    print(roads.shortest("Bern", "Zurich"))
