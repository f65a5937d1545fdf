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
    # 1. BFS: take the oldest station, look at its neighbours,
    #    remember where each new one came from.
    # 2. Goal never seen? Return [].
    # 3. Walk back from goal to start through came_from, then reverse.
    return []


if __name__ == "__main__":
    print(route(METRO, "Harbour", "Zoo"))
    print(route(METRO, "Harbour", "Depot"))
