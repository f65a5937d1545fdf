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
    while heap:
        km, town = heapq.heappop(heap)
        if km > best[town]:
            continue
        if town == goal:
            break
        for neighbour, length in roads.get(town, []):
            new = km + length
            if neighbour not in best or new < best[neighbour]:
                best[neighbour] = new
                came_from[neighbour] = town
                heapq.heappush(heap, (new, neighbour))
    if goal not in best:
        return -1, []
    route = [goal]
    while route[-1] != start:
        route.append(came_from[route[-1]])
    route.reverse()
    return best[goal], route


if __name__ == "__main__":
    print(shortest_drive(ROADS, "Ashford", "Dover"))
    print(shortest_drive(ROADS, "Ashford", "Eastry"))
