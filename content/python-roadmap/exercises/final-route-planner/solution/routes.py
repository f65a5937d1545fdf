# A road map: read roads from text, find shortest routes with Dijkstra.
import heapq


class RoadMap:
    def __init__(self) -> None:
        self.roads: dict[str, list[tuple[str, int]]] = {}

    def add_road(self, a: str, b: str, km: int) -> None:
        if km <= 0:
            raise ValueError(f"a road must be longer than 0 km, not {km}")
        self.roads.setdefault(a, []).append((b, km))
        self.roads.setdefault(b, []).append((a, km))

    @classmethod
    def parse(cls, text: str) -> "RoadMap":
        roads = cls()
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words = line.split()
            if len(words) != 3:
                raise ValueError(f"line {number}: expected 'town town km', got {line!r}")
            a, b, km_text = words
            try:
                km = int(km_text)
            except ValueError:
                raise ValueError(f"line {number}: {km_text!r} is not a whole number of km") from None
            try:
                roads.add_road(a, b, km)
            except ValueError as error:
                raise ValueError(f"line {number}: {error}") from None
        return roads

    def shortest(self, start: str, goal: str) -> tuple[int, list[str]] | None:
        if start not in self.roads or goal not in self.roads:
            return None
        best = {start: 0}
        came_from: dict[str, str] = {}
        heap = [(0, start)]
        while heap:
            km, town = heapq.heappop(heap)
            if km > best[town]:
                continue
            if town == goal:
                route = [goal]
                while route[-1] != start:
                    route.append(came_from[route[-1]])
                route.reverse()
                return (km, route)
            for nxt, length in self.roads[town]:
                new_km = km + length
                if nxt not in best or new_km < best[nxt]:
                    best[nxt] = new_km
                    came_from[nxt] = town
                    heapq.heappush(heap, (new_km, nxt))
        return None


if __name__ == "__main__":
    text = "# Swiss roads\nBern Thun 30\nThun Interlaken 28\nBern Luzern 111\nLuzern Interlaken 68\n"
    roads = RoadMap.parse(text)
    print(roads.shortest("Bern", "Interlaken"))
    print(roads.shortest("Luzern", "Thun"))
    print(roads.shortest("Bern", "Zurich"))
