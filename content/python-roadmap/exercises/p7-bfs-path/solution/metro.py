# Breadth-first search for the route with the fewest stops.
from collections import deque

METRO: dict[str, list[str]] = {
    "Harbour": ["Market", "Castle"],
    "Market": ["Harbour", "Park", "Station"],
    "Castle": ["Harbour", "Station"],
    "Station": ["Market", "Castle", "Museum"],
    "Park": ["Market", "Zoo"],
    "Museum": ["Station", "Zoo"],
    "Zoo": ["Park", "Museum"],
    "Depot": [],
}


def route(graph: dict[str, list[str]], start: str, goal: str) -> list[str]:
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        station = queue.popleft()
        if station == goal:
            break
        for neighbour in graph[station]:
            if neighbour not in came_from:
                came_from[neighbour] = station
                queue.append(neighbour)
    if goal not in came_from:
        return []
    path: list[str] = []
    current: str | None = goal
    while current is not None:
        path.append(current)
        current = came_from[current]
    path.reverse()
    return path


if __name__ == "__main__":
    print(route(METRO, "Harbour", "Zoo"))
    print(route(METRO, "Harbour", "Depot"))
