# Dijkstra's algorithm: the shortest drive, with heapq.
import heapq

Roads = dict[str, list[tuple[str, int]]]

ROADS: Roads = {
    "Ashford": [("Barham", 10), ("Canterbury", 3)],
    "Canterbury": [("Barham", 2), ("Dover", 12)],
    "Barham": [("Dover", 4)],
    "Dover": [("Folkestone", 5)],
    "Folkestone": [("Ashford", 9)],
    "Eastry": [],
}


def shortest_drive(roads: Roads, start: str, goal: str) -> tuple[int, list[str]]:
    best = {start: 0}
    came_from: dict[str, str] = {}
    heap = [(0, start)]
    # Dijkstra: pop the closest town, skip stale entries, improve neighbours.
    # Then rebuild the route from goal back to start.
    return -1, []


if __name__ == "__main__":
    print(shortest_drive(ROADS, "Ashford", "Dover"))
    print(shortest_drive(ROADS, "Ashford", "Eastry"))
