from collections import deque


class Graph:
    def __init__(self) -> None:
        self.adjacent: dict[str, set[str]] = {}

    def add_vertex(self, v: str) -> None:
        if v not in self.adjacent:
            self.adjacent[v] = set()

    def add_edge(self, a: str, b: str) -> None:
        if a == b:
            raise ValueError("an edge needs two different vertices")
        self.add_vertex(a)
        self.add_vertex(b)
        self.adjacent[a].add(b)
        self.adjacent[b].add(a)

    def remove_edge(self, a: str, b: str) -> None:
        if a not in self.adjacent or b not in self.adjacent[a]:
            raise KeyError((a, b))
        self.adjacent[a].remove(b)
        self.adjacent[b].remove(a)

    def neighbours(self, v: str) -> list[str]:
        return sorted(self.adjacent[v])

    def degree(self, v: str) -> int:
        return len(self.adjacent[v])

    def vertex_count(self) -> int:
        return len(self.adjacent)

    def edge_count(self) -> int:
        return sum(len(n) for n in self.adjacent.values()) // 2

    @classmethod
    def from_edges(cls, edges: list[tuple[str, str]]) -> "Graph":
        graph = cls()
        for a, b in edges:
            graph.add_edge(a, b)
        return graph


def shortest_path(graph: Graph, start: str, goal: str) -> list[str] | None:
    if start not in graph.adjacent or goal not in graph.adjacent:
        raise KeyError(start if start not in graph.adjacent else goal)
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        station = queue.popleft()
        if station == goal:
            path: list[str] = []
            step: str | None = goal
            while step is not None:
                path.append(step)
                step = came_from[step]
            path.reverse()
            return path
        for n in graph.neighbours(station):
            if n not in came_from:
                came_from[n] = station
                queue.append(n)
    return None


def underground() -> Graph:
    g = Graph.from_edges([
        ("Angel", "Bank"), ("Bank", "Cross"), ("Cross", "Dock"),
        ("Angel", "Elm"), ("Elm", "Green"), ("Green", "Hill"), ("Hill", "Dock"),
    ])
    g.add_vertex("Fen")
    return g


if __name__ == "__main__":
    import sys

    network = underground()
    for line in sys.stdin:
        start, goal = line.split()
        path = shortest_path(network, start, goal)
        if path is None:
            print(f"no route from {start} to {goal}")
        else:
            print(" -> ".join(path))
